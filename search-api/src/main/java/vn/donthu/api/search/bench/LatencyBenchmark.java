package vn.donthu.api.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.indices.IndicesStatsResponse;
import co.elastic.clients.json.JsonData;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.donthu.api.DonthuApplication;
import vn.donthu.api.access.Reader;
import vn.donthu.api.access.Role;
import vn.donthu.api.access.users.UserStore;
import vn.donthu.api.search.LetterSearch;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexNames;

/**
 * {@code ./donthu bench latency}: how long typical searches with facets take at 1, 8 and 32
 * concurrent clients over a large archive, through the API over HTTP and, in the same run, the very
 * request the API builds sent straight to Elasticsearch; the ratio is the API's overhead.
 */
public final class LatencyBenchmark {

    public static final String USAGE = """
              latency    p50/p95/p99 latency and throughput of typical searches with facets at 1, 8 and 32
                         concurrent clients over LETTERS generated letters (default 1000000), through the API
                         (started in this JVM, HTTP Basic as a bench INSPECTOR) and the same request sent
                         directly to Elasticsearch; prints API/direct at p50 and p95. The letters are loaded
                         once into donthu-bench-LABEL-* indices and reused (an interrupted load resumes).
                         --seconds S per client count and path (default 30); --load-only stops after loading
            """;
    static final int[] CLIENTS = {1, 8, 32};
    /** The API's per-user rate limit, raised for the run so that it measures the searches, not the limiter. */
    static final int BENCH_BURST = 1_000_000;
    static final int BENCH_PER_SECOND = 1_000_000;

    private LatencyBenchmark() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        int letters = 1_000_000;
        double seconds = 30;
        boolean loadOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--load-only" -> loadOnly = true;
                default -> letters = Integer.parseInt(args[i].replace("_", "").replace(",", ""));
            }
        }
        try (ElasticsearchClient client = ElasticsearchConnector.connect(Settings.system())) {
            BenchCorpus corpus = new BenchCorpus(client, letters);
            corpus.ensureLoaded(out);
            printSize(client, corpus.names(), out);
            if (!loadOnly) {
                measure(client, corpus.names(), seconds, out);
            }
        }
    }

    private static void printSize(ElasticsearchClient client, IndexNames names, PrintStream out) throws Exception {
        IndicesStatsResponse stats = client.indices().stats(s -> s.index(names.lettersAlias()));
        out.printf("%s: %,d letters, %.2f GB on disk (primaries, %d segments)%n", names.lettersAlias(),
                stats.all().primaries().docs().count(), stats.all().primaries().store().sizeInBytes() / 1e9,
                stats.all().primaries().segments().count());
    }

    private static void measure(ElasticsearchClient client, IndexNames names, double seconds, PrintStream out) throws Exception {
        try (ConfigurableApplicationContext app = SpringApplication.run(DonthuApplication.class, "--server.port=0",
                "--donthu.index.prefix=" + names.prefix(), "--donthu.limits.burst=" + BENCH_BURST,
                "--donthu.limits.requests-per-second=" + BENCH_PER_SECOND, "--logging.level.root=WARN")) {
            int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            String user = "bench-" + HexFormat.of().formatHex(random(4));
            String password = Base64.getUrlEncoder().encodeToString(random(18));
            UserStore users = app.getBean(UserStore.class);
            users.create(user, password, List.of(Role.INSPECTOR), "bench latency");
            out.printf("%none password hash check: %.1f ms here (successful HTTP Basic logins are remembered for %s s)%n",
                    hashCheckMillis(app.getBean(PasswordEncoder.class), password, users.find(user).orElseThrow().passwordHash()),
                    app.getEnvironment().getProperty("donthu.security.auth-cache-seconds", "60"));
            Reader reader = Reader.of(UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(Role.INSPECTOR.authority())), app.getBean(RoleHierarchy.class));
            LetterSearch search = app.getBean(LetterSearch.class);
            List<TypicalSearch> mix = TypicalSearch.MIX;
            List<SearchRequest> requests = mix.stream()
                    .map(t -> search.pageRequest(t.query(reader), t.order(), 0, TypicalSearch.PAGE_SIZE, true)).toList();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            List<HttpRequest> calls = mix.stream().map(t -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + t.url()))
                    .header("Authorization", authorization).GET().build()).toList();
            ConcurrentClients.Request api = i -> {
                HttpResponse<String> answer = http.send(calls.get(i), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException(mix.get(i).url() + " answered " + answer.statusCode() + ": " + answer.body());
                }
            };
            ConcurrentClients.Request direct = i -> client.search(requests.get(i), JsonData.class);

            out.printf("%nthe mix (%d searches, first page of %d with facets, as INSPECTOR '%s'; the API's rate limit set to %,d/s for the run):%n",
                    mix.size(), TypicalSearch.PAGE_SIZE, user, BENCH_PER_SECOND);
            for (int i = 0; i < mix.size(); i++) {
                out.printf("  %,9d letters  %s%n", client.search(requests.get(i), JsonData.class).hits().total().value(), mix.get(i).url());
            }
            double warmUp = Math.max(5, seconds / 3);
            for (int clients : new int[] {1, 8}) {
                ConcurrentClients.run(clients, warmUp, mix.size(), api);
                ConcurrentClients.run(clients, warmUp, mix.size(), direct);
            }
            out.printf("%nclients  path      requests     req/s    p50 ms    p95 ms    p99 ms   (%.0f s each, after %.0f s warm-up)%n", seconds, 4 * warmUp);
            StringBuilder ratios = new StringBuilder();
            for (int clients : CLIENTS) {
                Latencies throughApi = ConcurrentClients.run(clients, seconds, mix.size(), api);
                Latencies straight = ConcurrentClients.run(clients, seconds, mix.size(), direct);
                print(out, clients, "API", throughApi);
                print(out, clients, "direct", straight);
                ratios.append(String.format("  %2d clients: p50 %.2f×  p95 %.2f×%n", clients, throughApi.ratio(straight, 50),
                        throughApi.ratio(straight, 95)));
            }
            out.printf("%nAPI / direct Elasticsearch (target ≤ 1.2×):%n%s", ratios);
        }
    }

    private static void print(PrintStream out, int clients, String path, Latencies l) {
        out.printf("%7d  %-7s %10d %9.1f %9.1f %9.1f %9.1f%n", clients, path, l.count(), l.perSecond(),
                l.percentileMillis(50), l.percentileMillis(95), l.percentileMillis(99));
    }

    private static double hashCheckMillis(PasswordEncoder encoder, String password, String hash) {
        int checks = 10;
        long started = System.nanoTime();
        for (int i = 0; i < checks; i++) {
            if (!encoder.matches(password, hash)) {
                throw new IllegalStateException("the bench account's password does not match its hash");
            }
        }
        return (System.nanoTime() - started) / 1e6 / checks;
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return value;
    }
}
