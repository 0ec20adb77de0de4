package vn.donthu.ingest.corpus;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import vn.donthu.index.Json;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.letter.LetterDetails;

/**
 * {@code ./donthu generate OUTDIR}: writes generated petition letters as files of the formats asked
 * for, with {@code truth.jsonl} (one line per file: its path, format, degradation and the letter's
 * ground truth), or with {@code --jsonl-only} one JSON line per letter for bulk loading.
 */
public final class GenerateCommand {

    static final String USAGE = """
            Usage: ./donthu generate OUTDIR [--seed N] [--count N] [--formats F,F,...] [--degraded-share S]
                   ./donthu generate OUTDIR --jsonl-only [--seed N] [--count N]

            Writes COUNT (default 100) generated Vietnamese petition letters with their ground truth. The
            same seed (default 1) writes the same letters, byte for byte. Each letter is written once, in
            one of the formats (default: all), below OUTDIR/<format>/, and described by a line of
            OUTDIR/truth.jsonl. A share S (default 0.3) of the scans is degraded (skew, rotation, noise,
            speckles, blur, 200 dpi, JPEG artefacts, dark borders); the others are clean.

            Formats: txt (UTF-8), txt-utf16, txt-cp1258, txt-tcvn3, txt-vni, docx, pdf (text layer),
                     scan-pdf (images only), tiff (multi-page), png, jpg (one file per page)

            --jsonl-only writes OUTDIR/letters.jsonl instead: one letter per line with its id, matter id,
            received date, text and details, for loading a large corpus quickly.
            """;

    /** Matters generated together, in parallel, before their letters are written in order. */
    private static final int MATTER_BATCH = 512;

    record Options(Path outDir, long seed, int count, List<CorpusFormat> formats, double degradedShare,
                   boolean jsonlOnly) {}

    /** A letter as one line of {@code letters.jsonl}. */
    record BulkLetter(String id, String matterId, LocalDate receivedDate, String text, LetterDetails details) {}

    private GenerateCommand() {}

    public static int run(String[] args, PrintStream out) throws IOException {
        if (Arrays.asList(args).contains("--help")) {
            out.print(USAGE);
            return 0;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            out.println("generate: " + e.getMessage());
            out.print(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        Summary summary = options.jsonlOnly() ? writeJsonl(options) : writeFiles(options);
        double seconds = (System.nanoTime() - started) / 1e9;
        summary.print(out, seconds, options.outDir());
        return 0;
    }

    static Options parse(String[] args) {
        Path outDir = null;
        long seed = 1;
        int count = 100;
        List<CorpusFormat> formats = List.of(CorpusFormat.values());
        double share = 0.3;
        boolean jsonlOnly = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                case "--count" -> count = Integer.parseInt(value(args, ++i, a));
                case "--formats" -> formats = Arrays.stream(value(args, ++i, a).split(",")).map(CorpusFormat::of).toList();
                case "--degraded-share" -> share = Double.parseDouble(value(args, ++i, a));
                case "--jsonl-only" -> jsonlOnly = true;
                default -> {
                    if (a.startsWith("-") || outDir != null) {
                        throw new IllegalArgumentException("unexpected argument '" + a + "'");
                    }
                    outDir = Path.of(a);
                }
            }
        }
        if (outDir == null) {
            throw new IllegalArgumentException("OUTDIR is missing");
        }
        if (count < 0 || share < 0 || share > 1) {
            throw new IllegalArgumentException("--count must be 0 or more and --degraded-share between 0 and 1");
        }
        return new Options(outDir, seed, count, formats, share, jsonlOnly);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** Generates the first {@code count} letters in order, matters in parallel batches. */
    static void forEachLetter(long seed, int count, Consumer<GeneratedLetter> action) {
        CorpusGenerator generator = new CorpusGenerator(seed);
        int done = 0;
        for (long next = 0; done < count; ) {
            // Every matter has a letter at least: no more matters than letters still wanted.
            long end = next + Math.min(MATTER_BATCH, count - done);
            List<List<GeneratedLetter>> matters = LongStream.range(next, end)
                    .parallel().mapToObj(generator::matterLetters).toList();
            next = end;
            for (List<GeneratedLetter> letters : matters) {
                for (GeneratedLetter letter : letters) {
                    if (done++ < count) {
                        action.accept(letter);
                    }
                }
            }
        }
    }

    private static Summary writeJsonl(Options o) throws IOException {
        Files.createDirectories(o.outDir());
        Summary summary = new Summary();
        ObjectWriter writer = Json.mapper().writer();
        try (BufferedWriter out = Files.newBufferedWriter(o.outDir().resolve("letters.jsonl"), StandardCharsets.UTF_8)) {
            forEachLetter(o.seed(), o.count(), letter -> {
                try {
                    out.write(writer.writeValueAsString(new BulkLetter(letter.id(), letter.matterId(),
                            letter.details().receivedDate(), letter.text(), letter.details())));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                summary.letter(letter, "jsonl");
            });
        }
        summary.files = summary.letters;
        return summary;
    }

    private static Summary writeFiles(Options o) throws IOException {
        Files.createDirectories(o.outDir());
        CorpusFileWriter files = new CorpusFileWriter(o.outDir(), FontFiles.find());
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        Summary summary = new Summary();
        ObjectWriter json = Json.mapper().writer();
        Deque<Future<List<CorpusFile>>> pending = new ArrayDeque<>();
        try (BufferedWriter truth = Files.newBufferedWriter(o.outDir().resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            Consumer<List<CorpusFile>> record = written -> {
                for (CorpusFile f : written) {
                    try {
                        truth.write(json.writeValueAsString(f));
                        truth.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    summary.files++;
                    if (f.degradation() != null) {
                        summary.degradations.merge(f.degradation().name(), 1, Integer::sum);
                    }
                }
            };
            long[] index = {0};
            forEachLetter(o.seed(), o.count(), letter -> {
                Random r = new Random(o.seed() * 1_000_003L + index[0]++);
                CorpusFormat format = o.formats().get(r.nextInt(o.formats().size()));
                ScanDegradation degradation = !format.scan() ? null
                        : r.nextDouble() < o.degradedShare() ? degraded(r) : ScanDegradation.CLEAN;
                summary.letter(letter, format.label());
                pending.add(pool.submit(() -> {
                    try {
                        return files.write(letter, format, degradation);
                    } catch (IOException | RuntimeException e) {
                        throw new IOException("writing " + letter.id() + " as " + format.label() + " failed: " + e, e);
                    }
                }));
                // Writes the truth in letter order while later letters render.
                while (pending.size() > workers * 4 || (!pending.isEmpty() && pending.peek().isDone())) {
                    record.accept(take(pending.poll()));
                }
            });
            while (!pending.isEmpty()) {
                record.accept(take(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private static ScanDegradation degraded(Random r) {
        ScanDegradation[] kinds = ScanDegradation.values();
        return kinds[1 + r.nextInt(kinds.length - 1)];
    }

    private static List<CorpusFile> take(Future<List<CorpusFile>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    /** What was written, for the closing summary. */
    private static final class Summary {
        int letters;
        int files;
        final java.util.Set<String> matters = new java.util.HashSet<>();
        final Map<String, Integer> formats = new TreeMap<>();
        final Map<String, Integer> kinds = new TreeMap<>();
        final Map<String, Integer> degradations = new TreeMap<>();

        void letter(GeneratedLetter letter, String format) {
            letters++;
            matters.add(letter.matterId());
            formats.merge(format, 1, Integer::sum);
            kinds.merge(String.join("+", letter.details().kinds().stream().map(Enum::name).toList()), 1, Integer::sum);
        }

        void print(PrintStream out, double seconds, Path outDir) {
            out.printf("Wrote %d letters of %d matters as %d files to %s in %.1f s (%.0f letters/s)%n",
                    letters, matters.size(), files, outDir.toAbsolutePath(), seconds, letters / Math.max(seconds, 1e-9));
            out.println("  formats: " + formats);
            out.println("  kinds:   " + kinds);
            if (!degradations.isEmpty()) {
                out.println("  scans:   " + degradations);
            }
        }
    }
}
