package vn.donthu.ingest.matter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.donthu.config.Settings;
import vn.donthu.elasticsearch.ElasticsearchConnector;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.LetterIndexer;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.LetterFields;
import vn.donthu.matter.deadline.DeadlineRules;

/**
 * {@code ./donthu bench matters}: grouping measured on its own, on generated letters whose fields
 * are the generator's ground truth (not extracted), so that only grouping is judged. Prints pairwise
 * precision, recall and F1 of "same matter" and letters per second, in memory at each size and
 * through Elasticsearch as ingest runs it (against indexing first, then grouping), and at the first size a baseline that sees the text alone.
 */
public final class MatterBenchmark {

    private static final long SEED = 20260701L;
    /** The batch size of ingest ({@code IngestRun}), so the Elasticsearch figure is what ingest sees. */
    private static final int INGEST_BATCH = 50;

    private MatterBenchmark() {
    }

    public static void run(List<Integer> sizes, int elasticsearchLetters, PrintStream out) throws IOException {
        int largest = Math.max(elasticsearchLetters, sizes.stream().mapToInt(Integer::intValue).max().orElse(0));
        long started = System.nanoTime();
        List<GeneratedLetter> generated = new CorpusGenerator(SEED).generate(largest);
        out.printf("generated %,d letters (seed %d) in %.1f s; the grouping reads the generator's true fields%n",
                generated.size(), SEED, seconds(started));
        Map<String, String> truth = new HashMap<>();
        generated.forEach(g -> truth.put(g.id(), g.matterId()));
        List<Letter> letters = generated.stream().map(MatterBenchmark::letter).toList();
        List<Letter> textOnly = letters.stream().map(MatterBenchmark::withoutDetails).toList();
        generated = null;

        out.println();
        out.println("in memory      letters  true matters  precision  recall     F1   letters/s  (fingerprint / group / sum up, s)");
        for (int size : sizes) {
            List<Letter> sample = letters.subList(0, size);
            Timed grouped = groupInMemory(sample);
            PairwiseAgreement full = PairwiseAgreement.of(truth, grouped.matters());
            out.printf("          %,11d  %,12d   %8.4f %8.4f %7.4f %,10.0f   (%.1f / %.1f / %.1f)%n",
                    size, sample.stream().map(l -> truth.get(l.id())).distinct().count(),
                    full.precision(), full.recall(), full.f1(), size / grouped.seconds(),
                    grouped.fingerprinting(), grouped.grouping(), grouped.summing());
        }
        if (!sizes.isEmpty()) {
            int size = sizes.get(0);
            PairwiseAgreement text = PairwiseAgreement.of(truth, groupInMemory(textOnly.subList(0, size)).matters());
            out.printf("baseline, the text alone (MinHash, no fields) at %,d letters: precision %.4f  recall %.4f  F1 %.4f%n",
                    size, text.precision(), text.recall(), text.f1());
        }
        if (elasticsearchLetters > 0) {
            throughElasticsearch(letters.subList(0, elasticsearchLetters), truth, out);
        }
    }

    private record Timed(Map<String, String> matters, double fingerprinting, double grouping, double summing) {
        double seconds() {
            return fingerprinting + grouping + summing;
        }
    }

    /** Fingerprints and groups the letters oldest first and sums up every matter, as one batch of an archive's first ingest. */
    private static Timed groupInMemory(List<Letter> letters) {
        MatterSummary summary = new MatterSummary(DeadlineRules.standard());
        long started = System.nanoTime();
        Map<String, LetterPrint> prints = new HashMap<>();
        letters.forEach(l -> prints.put(l.id(), Fingerprinter.of(l)));
        MatterGrouper grouper = new MatterGrouper();
        double fingerprinting = seconds(started);
        Map<String, String> matters = grouper.group(letters, prints);
        double grouping = seconds(started) - fingerprinting;
        grouper.drain(summary);
        return new Timed(matters, fingerprinting, grouping, seconds(started) - fingerprinting - grouping);
    }

    /** How a batch of new letters is indexed and grouped. */
    private interface Ingest {
        void batch(MatterGrouping grouping, LetterIndexer indexer, List<Letter> letters) throws IOException;
    }

    /**
     * The ingest step itself, in ingest's batches, oldest first, each batch looking its candidate matters
     * up in the matters index: letters grouped before they are indexed (what ingest does), against the
     * baseline of letters indexed first and then given their matter by partial updates, measured in the same run.
     */
    private static void throughElasticsearch(List<Letter> letters, Map<String, String> truth, PrintStream out)
            throws IOException {
        List<Letter> ordered = letters.stream().sorted(MatterGrouper.LETTER_ORDER).toList();
        out.println();
        out.printf("through Elasticsearch (batches of %d, oldest first, indexing included, matters read back from the index):%n",
                INGEST_BATCH);
        out.println("                          letters  precision  recall     F1   letters/s");
        try (ElasticsearchClient client = ElasticsearchConnector.connect(Settings.system())) {
            double baseline = throughElasticsearch(client, ordered, truth, out, "index, then group",
                    (grouping, indexer, batch) -> {
                        indexer.index(batch);
                        grouping.group(batch);
                    });
            double grouped = throughElasticsearch(client, ordered, truth, out, "group, then index",
                    (grouping, indexer, batch) -> grouping.index(batch, indexer));
            out.printf("grouping before indexing: %.2f× the letters/s of indexing first%n", grouped / baseline);
        }
    }

    /** Runs one way of ingesting into fresh indices; prints and returns its letters per second. */
    private static double throughElasticsearch(ElasticsearchClient client, List<Letter> ordered, Map<String, String> truth,
                                               PrintStream out, String label, Ingest ingest) throws IOException {
        IndexNames names = new IndexNames("bench-matters-" + Long.toHexString(System.nanoTime() & 0xffffff));
        IndexSettings indices = new IndexSettings(names, 0);
        indices.prepare(client);
        try {
            LetterIndexer indexer = new LetterIndexer(client, names.lettersAlias(), Backoff.standard());
            MatterGrouping grouping = new MatterGrouping(client, names, Backoff.standard());
            long started = System.nanoTime();
            for (int from = 0; from < ordered.size(); from += INGEST_BATCH) {
                ingest.batch(grouping, indexer, ordered.subList(from, Math.min(ordered.size(), from + INGEST_BATCH)));
            }
            double rate = ordered.size() / seconds(started);
            client.indices().refresh(r -> r.index(names.lettersAlias()));
            PairwiseAgreement agreement = PairwiseAgreement.of(truth, indexedMatters(client, names));
            out.printf("  %-18s %,11d   %8.4f %8.4f %7.4f %,10.0f%n", label, ordered.size(),
                    agreement.precision(), agreement.recall(), agreement.f1(), rate);
            return rate;
        } finally {
            indices.delete(client);
        }
    }

    /** The matter each indexed letter carries, as a reader of the index sees it. */
    private static Map<String, String> indexedMatters(ElasticsearchClient client, IndexNames names) throws IOException {
        Map<String, String> matters = new LinkedHashMap<>();
        List<FieldValue> after = List.of();
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<LetterMatterState> page = client.search(s -> {
                s.index(names.lettersAlias()).size(5_000).source(src -> src.filter(f -> f.includes(LetterFields.MATTER_ID)))
                        .sort(o -> o.field(f -> f.field("id")));
                if (!from.isEmpty()) {
                    s.searchAfter(from);
                }
                return s;
            }, LetterMatterState.class);
            List<Hit<LetterMatterState>> hits = page.hits().hits();
            if (hits.isEmpty()) {
                return matters;
            }
            hits.forEach(hit -> matters.put(hit.id(), hit.source().matterId()));
            after = hits.get(hits.size() - 1).sort();
        }
    }

    private static Letter letter(GeneratedLetter g) {
        return new Letter(g.id(), "generated/" + g.id() + ".txt", List.of("generated/" + g.id() + ".txt"), g.id() + ".txt",
                "text/plain", g.text().length(), 1, ExtractionMethod.TEXT_LAYER, null, g.text(), List.of(), null, g.text(),
                g.details(), null, Instant.EPOCH);
    }

    private static Letter withoutDetails(Letter l) {
        return new Letter(l.id(), l.sourcePath(), l.sourcePaths(), l.fileName(), l.mediaType(), l.sizeBytes(), l.pageCount(),
                l.extractionMethod(), l.ocrConfidence(), l.text(), l.pages(), l.rawText(), l.redactedText(), null, null,
                l.ingestedAt());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
