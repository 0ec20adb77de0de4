package vn.donthu.api.search.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.donthu.index.IndexNames;
import vn.donthu.index.IndexSettings;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.index.Backoff;
import vn.donthu.ingest.index.BulkWriter;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.Letter;
import vn.donthu.letter.PageInfo;
import vn.donthu.letter.Redaction;

/**
 * The benchmark's archive: the first N generated letters (fixed seed) in indices of their own, with
 * the real schema and analysis. Loaded once and kept: a marker document records how far the load
 * got, so an interrupted load resumes and a finished one is reused by the next run.
 *
 * <p>Details are the generator's ground truth (reading a million letters would take longer than
 * indexing them); the redacted text is made from them as ingest makes it. Long letters are cut into
 * pages of about {@value #PAGE_CHARS} characters at a paragraph, with form feeds as in extracted PDFs.
 */
final class BenchCorpus {

    static final long SEED = 20261122L;
    static final int PAGE_CHARS = 2_400;
    private static final int BULK_LETTERS = 250;
    private static final int PARALLEL_BULKS = 2;
    /** Progress is written after this many acknowledged bulks, so a resumed load repeats little. */
    private static final int MARKER_EVERY = 10;
    private static final String MARKER_ID = "corpus";
    private static final Instant INGESTED = Instant.parse("2026-11-20T08:00:00Z");

    /** How far the load got: letters of matters before {@code nextMatter}; {@code complete} once all are in. */
    record Marker(long seed, int target, int loaded, long nextMatter, boolean complete) {
    }

    private record Batch(Map<String, Letter> letters, int loadedAfter, long nextMatter) {
    }

    private final ElasticsearchClient client;
    private final IndexNames names;
    private final int target;

    BenchCorpus(ElasticsearchClient client, int target) {
        this.client = client;
        this.target = target;
        this.names = new IndexNames("donthu-bench-" + label(target));
    }

    IndexNames names() {
        return names;
    }

    /** Loads what is missing; prints the load rate, or that the archive is reused. */
    void ensureLoaded(PrintStream out) throws IOException {
        Marker marker = marker();
        if (marker != null && (marker.seed() != SEED || marker.target() != target)) {
            out.printf("%s holds another corpus (seed %d, %,d letters): deleting it%n", names.prefix(), marker.seed(), marker.target());
            new IndexSettings(names, 0).delete(client);
            client.indices().delete(d -> d.index(markerIndex()).ignoreUnavailable(true));
            marker = null;
        }
        if (marker != null && marker.complete()) {
            out.printf("reusing %,d letters (seed %d) in %s%n", marker.loaded(), SEED, names.lettersAlias());
            return;
        }
        new IndexSettings(names, 0).prepare(client);
        if (marker == null && !client.indices().exists(e -> e.index(markerIndex())).value()) {
            client.indices().create(c -> c.index(markerIndex()).settings(s -> s.numberOfReplicas("0")));
        }
        int from = marker == null ? 0 : marker.loaded();
        long matter = marker == null ? 0 : marker.nextMatter();
        out.printf("loading %,d letters (seed %d) into %s%s, %d bulks of %d in parallel, refresh off%n", target, SEED,
                names.lettersAlias(), from > 0 ? String.format(", resuming after %,d", from) : "", PARALLEL_BULKS, BULK_LETTERS);
        refreshInterval("-1");
        long started = System.nanoTime();
        Marker done = load(from, matter, started, out);
        refreshInterval("1s");
        client.indices().refresh(r -> r.index(names.lettersAlias()));
        writeMarker(done);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("loaded %,d letters in %.0f s: %,.0f letters/s%n", done.loaded() - from, seconds, (done.loaded() - from) / seconds);
    }

    private Marker load(int from, long firstMatter, long started, PrintStream out) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(SEED);
        BulkWriter writer = new BulkWriter(client, Backoff.standard());
        ExecutorService bulks = Executors.newFixedThreadPool(PARALLEL_BULKS);
        ArrayDeque<Future<Batch>> pending = new ArrayDeque<>();
        int loaded = from;
        long matter = firstMatter;
        int acknowledged = 0;
        Marker progress = new Marker(SEED, target, from, firstMatter, false);
        try {
            while (loaded < target) {
                Map<String, Letter> batch = new LinkedHashMap<>();
                while (batch.size() < BULK_LETTERS && loaded < target) {
                    for (GeneratedLetter g : generator.matterLetters(matter)) {
                        if (loaded < target) {
                            batch.put(g.id(), letter(g));
                            loaded++;
                        }
                    }
                    matter++;
                }
                Batch sent = new Batch(batch, loaded, matter);
                pending.add(bulks.submit(() -> {
                    Map<String, String> refused = writer.write(names.lettersAlias(), sent.letters());
                    if (!refused.isEmpty()) {
                        throw new IllegalStateException("Elasticsearch refused " + refused.size() + " letters, e.g. " + refused.entrySet().iterator().next());
                    }
                    return sent;
                }));
                // Bulks finish in any order; progress only counts the ones all earlier bulks have joined.
                while (!pending.isEmpty() && (pending.peek().isDone() || pending.size() > 2 * PARALLEL_BULKS)) {
                    Batch finished = pending.poll().get();
                    progress = new Marker(SEED, target, finished.loadedAfter(), finished.nextMatter(), false);
                    if (++acknowledged % MARKER_EVERY == 0) {
                        writeMarker(progress);
                        out.printf("  %,d letters, %,.0f letters/s%n", progress.loaded(),
                                (progress.loaded() - from) / ((System.nanoTime() - started) / 1e9));
                    }
                }
            }
            while (!pending.isEmpty()) {
                Batch finished = pending.poll().get();
                progress = new Marker(SEED, target, finished.loadedAfter(), finished.nextMatter(), false);
            }
            return new Marker(SEED, target, progress.loaded(), progress.nextMatter(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        } catch (ExecutionException e) {
            writeMarker(progress);
            throw new IllegalStateException("loading stopped after " + progress.loaded() + " letters (the next run resumes there): "
                    + e.getCause().getMessage(), e.getCause());
        } finally {
            bulks.shutdownNow();
        }
    }

    /** A generated letter as ingest would index it from a text PDF: pages, redacted text, details, its matter. */
    static Letter letter(GeneratedLetter g) {
        StringBuilder text = new StringBuilder(g.text());
        List<PageInfo> pages = new ArrayList<>();
        pages.add(new PageInfo(1, 0, ExtractionMethod.TEXT_LAYER, null));
        int pageStart = 0;
        int lastBreak = -1;
        for (int at = text.indexOf("\n\n"); at >= 0; at = text.indexOf("\n\n", at + 2)) {
            if (at - pageStart > PAGE_CHARS && lastBreak > pageStart) {
                pageStart = breakPage(text, lastBreak, pages);
            }
            lastBreak = at;
        }
        if (text.length() - pageStart > PAGE_CHARS && lastBreak > pageStart) {
            breakPage(text, lastBreak, pages);
        }
        // Same length as the generated text: the details' spans still index it.
        String paged = text.toString();
        String path = "bench/" + g.id() + ".pdf";
        return new Letter(g.id(), path, List.of(path), g.id() + ".pdf", "application/pdf",
                paged.getBytes(StandardCharsets.UTF_8).length, pages.size(), ExtractionMethod.TEXT_LAYER, null, paged, pages,
                null, Redaction.apply(paged, g.details().personalData()), g.details(), g.matterId(), INGESTED);
    }

    /** The blank line at {@code at} becomes a line end and a form feed; the next page starts after it. */
    private static int breakPage(StringBuilder text, int at, List<PageInfo> pages) {
        text.setCharAt(at + 1, '\f');
        pages.add(new PageInfo(pages.size() + 1, at + 2, ExtractionMethod.TEXT_LAYER, null));
        return at + 2;
    }

    private void refreshInterval(String interval) throws IOException {
        client.indices().putSettings(p -> p.index(names.lettersAlias())
                .settings(s -> s.refreshInterval(t -> t.time(interval))));
    }

    private Marker marker() throws IOException {
        if (!client.indices().exists(e -> e.index(markerIndex())).value()) {
            return null;
        }
        GetResponse<Marker> found = client.get(g -> g.index(markerIndex()).id(MARKER_ID), Marker.class);
        return found.found() ? found.source() : null;
    }

    /** Read back with a real-time get, so no refresh; retried like the bulks, as a busy node may be slow to answer. */
    private void writeMarker(Marker marker) {
        try {
            Backoff.standard().call("writing the load's progress", () -> client.index(i -> i.index(markerIndex()).id(MARKER_ID).document(marker)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String markerIndex() {
        return names.alias("bench-corpus");
    }

    /** 10000 → "10k", 1000000 → "1m": the index prefix says how big the archive is. */
    static String label(int letters) {
        return letters % 1_000_000 == 0 ? letters / 1_000_000 + "m" : letters % 1_000 == 0 ? letters / 1_000 + "k" : Integer.toString(letters);
    }
}
