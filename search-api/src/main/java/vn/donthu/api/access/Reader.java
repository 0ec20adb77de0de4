package vn.donthu.api.access;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The person a request is answered for: their name and the roles they hold, ADMIN's implied roles included. */
public record Reader(String username, Set<Role> roles) {

    public Reader {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Reader of(Authentication authentication, RoleHierarchy hierarchy) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities())) {
            for (Role role : Role.values()) {
                if (role.authority().getAuthority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return new Reader(authentication.getName(), roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean readsLetters() {
        return has(Role.INSPECTOR);
    }

    public boolean seesIdentities() {
        return has(Role.IDENTITY_READER) && readsLetters();
    }
}
