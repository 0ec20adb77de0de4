package vn.donthu.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.donthu.api.ApiClient;
import vn.donthu.api.ApiClient.Answer;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.IndexNames;
import vn.donthu.testing.TestElasticsearch;

/** A user over the request rate waits, with a problem that says how long; other users are not slowed. */
@SpringBootTest(classes = DonthuApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"donthu.limits.burst=3", "donthu.limits.requests-per-second=0.1"})
class RateLimitApiTest {

    private static final IndexNames names = TestElasticsearch.uniqueIndexNames("ratelimit");

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @DynamicPropertySource
    static void elasticsearch(DynamicPropertyRegistry registry) {
        ApiClient.useTestIndices(registry, names);
    }

    @AfterAll
    static void deleteIndices() {
        TestElasticsearch.deleteIndices(names);
    }

    @Test
    void theFourthRequestAtOnceIsRefusedForThatUserOnly() {
        ApiClient.ensureAccount(users, "busy", Role.LEADER);
        ApiClient.ensureAccount(users, "calm", Role.LEADER);
        ApiClient busy = new ApiClient(port, "busy");

        for (int i = 0; i < 3; i++) {
            assertThat(busy.get("/api/letters/facets").status()).isEqualTo(200);
        }
        Answer refused = busy.get("/api/letters/facets");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 10L));
        assertThat(new ApiClient(port, "calm").get("/api/letters/facets").status()).isEqualTo(200);
    }
}
