package vn.donthu.api.access.users;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.Role;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.testing.TestElasticsearch;

/**
 * Logins remembered between requests never let a wrong password in, and forget an account as soon
 * as this process changes it; a change made by another process waits for the entry to expire.
 */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "donthu.security.auth-cache-seconds=" + RememberedLoginsApiTest.TTL_SECONDS)
class RememberedLoginsApiTest {

    static final int TTL_SECONDS = 8;
    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("logins");
    private static final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    IndexSettings indices;

    @Autowired
    PasswordEncoder passwords;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void aWrongPasswordIsRefusedAfterTheRightOneWasRemembered() throws Exception {
        users.create("thanh.tra.lan", "mật khẩu đúng của Lan", List.of(Role.LEADER), "test");

        assertThat(status("thanh.tra.lan", "mật khẩu đúng của Lan")).isEqualTo(200);
        assertThat(status("thanh.tra.lan", "mật khẩu đúng của Lan")).isEqualTo(200);
        assertThat(status("thanh.tra.lan", "mat khau dung cua Lan")).isEqualTo(401);
        assertThat(status("thanh.tra.lan", "mật khẩu đúng của Lan ")).isEqualTo(401);
        assertThat(status("thanh.tra.minh", "mật khẩu đúng của Lan")).isEqualTo(401);
        assertThat(status("thanh.tra.lan", "mật khẩu đúng của Lan")).isEqualTo(200);
    }

    @Test
    void aPasswordChangedInThisProcessStopsWorkingAtOnce() throws Exception {
        users.create("can.bo.hung", "mật khẩu cũ của Hùng", List.of(Role.LEADER), "test");
        assertThat(status("can.bo.hung", "mật khẩu cũ của Hùng")).isEqualTo(200);

        users.upsert("can.bo.hung", "mật khẩu mới của Hùng", List.of(Role.LEADER), "test");

        assertThat(status("can.bo.hung", "mật khẩu cũ của Hùng")).isEqualTo(401);
        assertThat(status("can.bo.hung", "mật khẩu mới của Hùng")).isEqualTo(200);
    }

    @Test
    void aPasswordResetByAnotherProcessTakesEffectWhenTheLoginExpires() throws Exception {
        users.create("lanh.dao.mai", "mật khẩu cũ của Mai", List.of(Role.LEADER), "test");
        assertThat(status("lanh.dao.mai", "mật khẩu cũ của Mai")).isEqualTo(200);
        long remembered = System.nanoTime();

        // What ./donthu reset-password does: its own store, in another process, with nothing remembered.
        new UserStore(client, indices, passwords, RememberedLogins.none())
                .upsert("lanh.dao.mai", "mật khẩu mới của Mai", List.of(Role.LEADER), "reset-password");

        assertThat(status("lanh.dao.mai", "mật khẩu cũ của Mai"))
                .as("still remembered %d s after the login", (System.nanoTime() - remembered) / 1_000_000_000L).isEqualTo(200);
        Thread.sleep(Math.max(0, TTL_SECONDS * 1000L - (System.nanoTime() - remembered) / 1_000_000 + 500));
        assertThat(status("lanh.dao.mai", "mật khẩu cũ của Mai")).isEqualTo(401);
        assertThat(status("lanh.dao.mai", "mật khẩu mới của Mai")).isEqualTo(200);
    }

    private int status(String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/letters/facets"))
                .header("Authorization", "Basic " + credentials).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
