package vn.donthu.api.access.users;

import java.time.Instant;
import java.util.List;

/** A local account as stored in the {@code users} index; the password only as its hash. */
public record UserAccount(String username, String passwordHash, List<String> roles, Instant createdAt, String createdBy) {

    public UserAccount {
        roles = List.copyOf(roles);
    }
}
