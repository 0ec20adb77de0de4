package vn.donthu.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.index.Json;

/** Real HTTP requests to the running application, as one account (or as nobody). */
public record ApiClient(int port, String username) {

    private static final HttpClient http = HttpClient.newHttpClient();

    /** An answer: status, content type and body (as JSON when it is JSON). */
    public record Answer(int status, String contentType, byte[] bytes, java.net.http.HttpHeaders headers) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.mapper().readTree(bytes);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }
    }

    /** Points the application under test at the test node, with its own indices. */
    public static void useTestIndices(org.springframework.test.context.DynamicPropertyRegistry registry, vn.donthu.index.IndexNames names) {
        registry.add("donthu.elasticsearch.url", () -> vn.donthu.testing.TestElasticsearch.url().toString());
        registry.add("donthu.index.prefix", names::prefix);
        registry.add("donthu.index.replicas", () -> "0");
    }

    /** The password tests give an account: tests only, never a default of the application. */
    public static String passwordOf(String username) {
        return username + "-test-password";
    }

    /** Creates the account unless a previous test of the same class did. */
    public static void ensureAccount(UserStore users, String username, Role... roles) {
        if (users.find(username).isEmpty()) {
            users.create(username, passwordOf(username), Set.of(roles), "test");
        }
    }

    public static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer send(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST with a body of the given content type (multipart uploads). */
    public Answer post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (username != null) {
            String credentials = username + ":" + passwordOf(username);
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids of the hits of a search answer. */
    public static List<String> ids(JsonNode result) {
        List<String> ids = new java.util.ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }
}
