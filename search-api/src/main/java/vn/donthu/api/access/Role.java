package vn.donthu.api.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What an account may do. The four job roles are Spring roles; seeing denouncers' identities is a
 * separate authority, granted on top of a role, so that no job role carries it by accident.
 * README.md ("Access") states the policy in full.
 */
public enum Role {
    /** Users, audit trail; also everything CLERK, INSPECTOR and LEADER may do. */
    ADMIN,
    /** Ingest and upload of letters. */
    CLERK,
    /** Search and read letters (personal data masked unless IDENTITY_READER). */
    INSPECTOR,
    /** Counts and aggregates only: no letter text, no personal data. */
    LEADER,
    /** Sees petitioners' and denouncers' identities in full; every disclosure is audited. */
    IDENTITY_READER;

    public static final String HIERARCHY = "ROLE_ADMIN > ROLE_INSPECTOR\nROLE_ADMIN > ROLE_CLERK\nROLE_ADMIN > ROLE_LEADER";

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority(this == IDENTITY_READER ? name() : "ROLE_" + name());
    }

    /** The role named by a stored account or an identity provider's claim ("inspector", "ROLE_INSPECTOR"). */
    public static Role parse(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        String bare = upper.startsWith("ROLE_") ? upper.substring(5) : upper;
        try {
            return valueOf(bare);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown role '" + name + "'; roles are "
                    + Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", ")));
        }
    }
}
