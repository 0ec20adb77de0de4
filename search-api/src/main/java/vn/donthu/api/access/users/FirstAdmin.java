package vn.donthu.api.access.users;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.donthu.api.access.Role;

/**
 * On the first start (no account holds ADMIN) creates the account {@code admin} with a random
 * password and prints it once: the repository holds no password, and the hash is all that is kept.
 * The first admin may also see identities, so that a new site can read its letters at once;
 * it should then create personal accounts (README.md, "Access").
 */
@Component
class FirstAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";

    private final UserStore users;

    FirstAdmin(UserStore users) {
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdmin()) {
            return;
        }
        String password = generatePassword();
        users.create(USERNAME, password, List.of(Role.ADMIN, Role.IDENTITY_READER), "first start");
        System.out.println("""

                ==================================================================
                  First start: created the account 'admin' (ADMIN, IDENTITY_READER)
                  password: %s
                  It is shown this once and stored only as a hash. Keep it safe,
                  then create personal accounts with POST /api/users.
                ==================================================================
                """.formatted(password));
    }

    static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
