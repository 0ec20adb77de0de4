package vn.donthu.api.access.users;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.donthu.api.access.Role;

/**
 * The {@code demo} profile ({@code ./donthu demo}): an account {@code demo} that may do and see
 * everything, with a new random password printed at every start, so that a demo can always be
 * logged into and still no password is written anywhere. Never activate it on real letters.
 */
@Component
@Profile("demo")
@Order(1)
class DemoAccount implements ApplicationRunner {

    static final String USERNAME = "demo";

    private final UserStore users;
    private final int port;

    DemoAccount(UserStore users, @Value("${server.port:8080}") int port) {
        this.users = users;
        this.port = port;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = FirstAdmin.generatePassword();
        users.upsert(USERNAME, password, List.of(Role.ADMIN, Role.IDENTITY_READER), "demo profile");
        System.out.println("""

                Demo profile: log in as 'demo' with the password %s (new at every start)
                Try:  curl -u 'demo:%s' 'http://127.0.0.1:%d/api/letters/search?q=khieu+nai'
                """.formatted(password, password, port));
    }
}
