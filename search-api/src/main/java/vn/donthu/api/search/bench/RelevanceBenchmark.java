package vn.donthu.api.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.donthu.api.access.Reader;
import vn.donthu.api.access.Role;
import vn.donthu.api.audit.AuditTrail;
import vn.donthu.api.search.LetterFilters;
import vn.donthu.api.search.LetterQuery;
import vn.donthu.api.search.LetterSearch;
import vn.donthu.api.search.LetterSort;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.index.Json;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.letter.LetterFields;

/**
 * {@code ./donthu bench relevance [LETTERS] [SCANS] [--keep]}: nDCG@10 and recall@50 of letter search on a
 * judged query set built from the ground truth of generated letters ({@link JudgedQueries}), half
 * of the queries typed without diacritics. Each query runs through {@link LetterSearch} as the API
 * runs it, for an inspector with the identity authority and for one without it (who searches the
 * masked text of denunciations), next to a baseline measured in the same run: a plain {@code match}
 * of what was typed on {@code text} alone.
 */
public final class RelevanceBenchmark {

    public static final String USAGE = """
              relevance  nDCG@10 and recall@50 of letter search on a judged query set built from the ground
                         truth of LETTERS generated letters (default 5000; SCANS of them, default 80, carry
                         the OCR of a degraded scan, cached), half the queries typed without diacritics;
                         overall, by kind of query, with and without diacritics, on the dev and test
                         splits, next to a plain match on the text. Uses the configured Elasticsearch,
                         in indices of its own; --keep keeps them for the next run with --keep.
            """;
    static final long SEED = 20261122L;
    static final int NDCG_AT = 10;
    static final int RECALL_AT = 50;
    private static final LetterFilters NO_FILTERS = new LetterFilters(null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null);

    /** A way of searching: what was typed → generated letter ids, best first. */
    interface Ranker {
        List<String> rank(String typed) throws IOException;
    }

    /** One query's figures, one per ranker. */
    record Scored(JudgedQuery query, double[] ndcg, double[] recall) {
    }

    private RelevanceBenchmark() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        List<String> numbers = java.util.Arrays.stream(args).filter(a -> !a.equals("--keep")).toList();
        boolean keep = numbers.size() < args.length;
        int count = numbers.size() > 0 ? Integer.parseInt(numbers.get(0)) : 5000;
        int scans = numbers.size() > 1 ? Integer.parseInt(numbers.get(1)) : 80;
        long start = System.nanoTime();
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "donthu-bench-relevance"));
        List<GeneratedLetter> letters = new CorpusGenerator(SEED).generate(count);
        Map<String, String> scanned = ImportedCorpus.scannedTexts(letters, scans, out);
        List<JudgedQuery> queries = JudgedQueries.build(letters, SEED);
        Path queryFile = work.resolve("judged-queries.json");
        Json.mapper().writerWithDefaultPrettyPrinter().writeValue(queryFile.toFile(), queries);

        Settings settings = Settings.system();
        IndexNames names = new IndexNames("bench-relevance-" + (keep ? count + "-" + scans
                : Long.toHexString(System.nanoTime() & 0xffffff)));
        try (ElasticsearchClient client = ElasticsearchConnector.connect(settings)) {
            IndexSettings indices = new IndexSettings(names, 0);
            indices.prepare(client);
            try {
                long importStart = System.nanoTime();
                boolean imported = keep && client.count(c -> c.index(names.lettersAlias())).count() == letters.size();
                if (!imported) {
                    ImportedCorpus.index(client, names, letters, scanned, work, new PrintStream(PrintStream.nullOutputStream()));
                }
                Map<String, String> ids = ImportedCorpus.generatedIds(letters);
                out.printf("%,d generated letters (seed %d, %d matters), %d of them as the OCR of degraded scans, %s in %.0f s%n",
                        letters.size(), SEED, letters.stream().map(GeneratedLetter::matterId).distinct().count(),
                        scanned.size(), imported ? "kept from the last run with --keep" : "imported", seconds(importStart));
                out.printf("%d judged queries (%d without diacritics), written with their judgments to %s%n%n",
                        queries.size(), queries.stream().filter(JudgedQuery::folded).count(), queryFile);
                LetterSearch search = new LetterSearch(client, indices, new AuditTrail(client, indices));
                Map<String, Ranker> rankers = new LinkedHashMap<>();
                rankers.put("baseline: match on text", baseline(client, names.lettersAlias(), ids));
                rankers.put("search, identity authority", api(search, new Reader("bench-identity",
                        EnumSet.of(Role.INSPECTOR, Role.IDENTITY_READER)), ids));
                rankers.put("search, inspector", api(search, new Reader("bench-inspector", EnumSet.of(Role.INSPECTOR)), ids));
                List<Scored> scored = score(queries, new ArrayList<>(rankers.values()));
                print(new ArrayList<>(rankers.keySet()), scored, out);
            } finally {
                if (!keep) {
                    indices.delete(client);
                }
            }
        }
        out.printf("%nran in %.0f s%n", seconds(start));
    }

    static List<Scored> score(List<JudgedQuery> queries, List<Ranker> rankers) throws IOException {
        List<Scored> scored = new ArrayList<>();
        for (JudgedQuery query : queries) {
            double[] ndcg = new double[rankers.size()];
            double[] recall = new double[rankers.size()];
            for (int r = 0; r < rankers.size(); r++) {
                List<String> ranked = rankers.get(r).rank(query.text());
                ndcg[r] = RankingMetrics.ndcg(ranked, query.grades(), NDCG_AT);
                recall[r] = RankingMetrics.recall(ranked, query.grades(), RECALL_AT);
            }
            scored.add(new Scored(query, ndcg, recall));
        }
        return scored;
    }

    /** The API's search as {@code reader} runs it, first page of {@value #RECALL_AT} by relevance. */
    static Ranker api(LetterSearch search, Reader reader, Map<String, String> ids) {
        return typed -> search.page(LetterQuery.of(typed, NO_FILTERS, reader), LetterSort.RELEVANCE, 0, RECALL_AT, false)
                .hits().stream().map(h -> ids.get(h.id())).toList();
    }

    private static Ranker baseline(ElasticsearchClient client, String alias, Map<String, String> ids) {
        return typed -> client.search(s -> s.index(alias).size(RECALL_AT).source(src -> src.fetch(false))
                        .query(q -> q.match(m -> m.field(LetterFields.TEXT).query(typed))), Void.class)
                .hits().hits().stream().map(Hit::id).map(ids::get).toList();
    }

    private static void print(List<String> rankers, List<Scored> scored, PrintStream out) {
        out.printf("%-34s %7s", "", "queries");
        rankers.forEach(r -> out.printf("   %-28s", r));
        out.printf("%n%-34s %7s", "", "");
        rankers.forEach(r -> out.printf("   %-28s", "nDCG@%d  recall@%d".formatted(NDCG_AT, RECALL_AT)));
        out.println();
        Map<String, Predicate<JudgedQuery>> groups = new LinkedHashMap<>();
        groups.put("all", q -> true);
        groups.put("  with diacritics", q -> !q.folded());
        groups.put("  without diacritics", JudgedQuery::folded);
        groups.put("  dev split", q -> q.split().equals("dev"));
        groups.put("  test split", q -> q.split().equals("test"));
        groups.put("  test split, without diacritics", q -> q.split().equals("test") && q.folded());
        scored.stream().map(s -> s.query().kind()).distinct().forEach(kind -> groups.put("  " + kind, q -> q.kind().equals(kind)));
        groups.forEach((name, in) -> {
            List<Scored> group = scored.stream().filter(s -> in.test(s.query())).toList();
            out.printf("%-34s %7d", name, group.size());
            for (int r = 0; r < rankers.size(); r++) {
                int at = r;
                out.printf("   %7.3f  %9.3f%10s", group.stream().mapToDouble(s -> s.ndcg()[at]).average().orElse(0),
                        group.stream().mapToDouble(s -> s.recall()[at]).average().orElse(0), "");
            }
            out.println();
        });
        out.printf("%nweakest queries of the dev split (%s):%n", rankers.get(1));
        scored.stream().filter(s -> s.query().split().equals("dev"))
                .sorted(java.util.Comparator.comparingDouble(s -> s.ndcg()[1] + s.recall()[1])).limit(8)
                .forEach(s -> out.printf("  %.3f %.3f  %-16s %s%n", s.ndcg()[1], s.recall()[1], s.query().kind(), s.query().text()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
