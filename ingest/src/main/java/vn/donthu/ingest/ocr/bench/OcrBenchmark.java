package vn.donthu.ingest.ocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.donthu.config.Settings;
import vn.donthu.ingest.ocr.OcrFailedException;
import vn.donthu.ingest.ocr.OcrPage;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.ingest.ocr.cleanup.CleanupStep;
import vn.donthu.ingest.corpus.CorpusGenerator;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.corpus.RenderedScan;
import vn.donthu.ingest.corpus.ScanDegradation;
import vn.donthu.ingest.corpus.ScanRenderer;

/**
 * {@code ./donthu bench ocr}: OCR quality and speed on generated scans with ground truth.
 *
 * <p>Quality: character and syllable error rates per degradation kind, for raw Tesseract, after
 * the cleanup steps, and after cleanup plus Vietnamese correction (with {@code --steps}, each
 * cleanup step alone too). Speed: pages per minute through 1 and 2 OCR workers next to the
 * {@code tesseract} command (OMP_THREAD_LIMIT=1) on the same pages in the same run.
 */
public final class OcrBenchmark {

    public static final String USAGE = """
              ocr [--pages N] [--steps]
                         OCR character/syllable error rates per scan degradation of generated letters
                         (raw Tesseract, after cleanup, after cleanup + Vietnamese correction) and pages
                         per minute with 1 and 2 workers next to the tesseract command; N pages
                         (default 12), --steps adds each cleanup step alone
            """;

    private static final long SEED = 20261122;

    private record BenchPage(String letter, ScanDegradation kind, BufferedImage image, int dpi, String truth) {
    }

    private record Scores(double cer, double ser) {
    }

    private OcrBenchmark() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        int pageCount = 12;
        boolean eachStep = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--pages" -> pageCount = Integer.parseInt(args[++i]);
                case "--steps" -> eachStep = true;
                default -> throw new IllegalArgumentException("unknown option '" + args[i] + "'\n\n" + USAGE);
            }
        }
        List<BenchPage> pages = pages(pageCount);
        OcrSettings settings = OcrSettings.from(Settings.system());
        out.printf("OCR benchmark: %d pages, first pages of generated letters (seed %d) scanned with one degradation kind each%n%n",
                pages.size(), SEED);
        try (OcrWorkers workers = new OcrWorkers(settings.withWorkers(2))) {
            quality(pages, workers, settings.cleanup(), eachStep, out);
        }
        speed(pages, settings, out);
    }

    /**
     * Generated letters (h-corpus's generator, fixed seed) rendered as scans, one degradation kind
     * after another; each page is compared with exactly the lines printed on it.
     */
    private static List<BenchPage> pages(int count) throws IOException {
        ScanRenderer renderer = new ScanRenderer();
        ScanDegradation[] kinds = ScanDegradation.values();
        List<BenchPage> pages = new ArrayList<>();
        List<GeneratedLetter> letters = new CorpusGenerator(SEED).generate(count);
        for (int i = 0; i < count; i++) {
            GeneratedLetter letter = letters.get(i);
            ScanDegradation kind = kinds[i % kinds.length];
            RenderedScan scan = renderer.render(letter, kind);
            pages.add(new BenchPage(letter.id(), kind, scan.pages().get(0), scan.dpi(), scan.pageTexts().get(0)));
        }
        return pages;
    }

    private static void quality(List<BenchPage> pages, OcrWorkers workers, Set<CleanupStep> cleanup, boolean eachStep,
                                PrintStream out) throws Exception {
        Map<String, List<Scores>> columns = new LinkedHashMap<>();
        columns.put("raw", score(pages, texts(pages, workers, Set.of(), false)));
        if (eachStep) {
            for (CleanupStep step : CleanupStep.values()) {
                columns.put("+" + step.name().toLowerCase(), score(pages, texts(pages, workers, EnumSet.of(step), false)));
            }
        }
        List<OcrPage> cleaned = read(pages, workers, cleanup, true, 2);
        columns.put("cleanup", score(pages, cleaned.stream().map(OcrPage::rawText).toList()));
        columns.put("+correction", score(pages, cleaned.stream().map(OcrPage::text).toList()));

        out.printf("Quality (cleanup = %s; CER/SER = character/syllable error rate)%n", cleanup);
        StringBuilder header = new StringBuilder(String.format("%-16s %5s", "kind", "pages"));
        columns.keySet().forEach(name -> header.append(String.format(" %14s", "CER " + name)));
        columns.keySet().forEach(name -> header.append(String.format(" %14s", "SER " + name)));
        header.append(String.format(" %9s", "CER gain"));
        out.println(header);
        Map<ScanDegradation, List<Integer>> byKind = new EnumMap<>(ScanDegradation.class);
        for (int i = 0; i < pages.size(); i++) {
            byKind.computeIfAbsent(pages.get(i).kind(), k -> new ArrayList<>()).add(i);
        }
        byKind.forEach((kind, indexes) -> out.println(row(kind.name().toLowerCase(), indexes, columns)));
        List<Integer> degraded = new ArrayList<>();
        byKind.forEach((kind, indexes) -> {
            if (kind.degraded()) {
                degraded.addAll(indexes);
            }
        });
        out.println(row("all degraded", degraded, columns));
        out.println();
    }

    private static String row(String label, List<Integer> indexes, Map<String, List<Scores>> columns) {
        StringBuilder row = new StringBuilder(String.format("%-16s %5d", label, indexes.size()));
        Map<String, Double> cer = new LinkedHashMap<>();
        columns.forEach((name, scores) -> {
            double mean = indexes.stream().mapToDouble(i -> scores.get(i).cer()).average().orElse(0);
            cer.put(name, mean);
            row.append(String.format(" %13.2f%%", 100 * mean));
        });
        columns.forEach((name, scores) -> row.append(String.format(" %13.2f%%",
                100 * indexes.stream().mapToDouble(i -> scores.get(i).ser()).average().orElse(0))));
        double raw = cer.get("raw");
        double corrected = cer.get("+correction");
        row.append(String.format(" %8.1f%%", raw == 0 ? 0 : 100 * (raw - corrected) / raw));
        return row.toString();
    }

    private static List<Scores> score(List<BenchPage> pages, List<String> texts) {
        List<Scores> scores = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            String truth = pages.get(i).truth();
            scores.add(new Scores(ErrorRates.characterErrorRate(truth, texts.get(i)),
                    ErrorRates.syllableErrorRate(truth, texts.get(i))));
        }
        return scores;
    }

    private static List<String> texts(List<BenchPage> pages, OcrWorkers workers, Set<CleanupStep> steps, boolean correct)
            throws Exception {
        return read(pages, workers, steps, correct, 2).stream().map(OcrPage::rawText).toList();
    }

    /** Every page through the workers, {@code threads} at a time, in page order. */
    private static List<OcrPage> read(List<BenchPage> pages, OcrWorkers workers, Set<CleanupStep> steps, boolean correct,
                                      int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<OcrPage>> futures = new ArrayList<>();
            for (BenchPage page : pages) {
                futures.add(pool.submit(() -> recognise(workers, page, steps, correct)));
            }
            List<OcrPage> read = new ArrayList<>();
            for (Future<OcrPage> future : futures) {
                read.add(future.get());
            }
            return read;
        } finally {
            pool.shutdownNow();
        }
    }

    private static OcrPage recognise(OcrWorkers workers, BenchPage page, Set<CleanupStep> steps, boolean correct) {
        try {
            return workers.recognise(page.image(), page.dpi(), steps, correct);
        } catch (OcrFailedException e) {
            // A failed page counts as read empty: every character of it is an error.
            return new OcrPage("", "", 0);
        }
    }

    /** Pages per minute of wall-clock time and per minute of CPU time spent by the OCR processes. */
    private record Rate(double wall, double cpu) {
    }

    private static void speed(List<BenchPage> pages, OcrSettings settings, PrintStream out) throws Exception {
        Path folder = Files.createTempDirectory("donthu-bench-ocr-");
        try {
            Rate command = commandRate(pages, folder);
            Rate one = workerRate(pages, settings, 1);
            Rate two = workerRate(pages, settings, 2);
            out.printf("Speed on the same %d pages (no cleanup, no correction; OMP_THREAD_LIMIT=1 everywhere; %d cores, load %.1f)%n",
                    pages.size(), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("  %-34s %10s %14s%n", "", "pages/min", "pages/CPU-min");
            out.printf("  %-34s %10.1f %14.1f%n", "tesseract command, one at a time", command.wall(), command.cpu());
            out.printf("  %-34s %10.1f %14.1f   (%.2f× the command's rate, %.2f× per CPU)%n", "1 OCR worker", one.wall(), one.cpu(),
                    one.wall() / command.wall(), one.cpu() / command.cpu());
            out.printf("  %-34s %10.1f %14.1f   (%.2f× one worker)%n", "2 OCR workers", two.wall(), two.cpu(), two.wall() / one.wall());
        } finally {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    private static Rate workerRate(List<BenchPage> pages, OcrSettings settings, int count) throws Exception {
        try (OcrWorkers workers = new OcrWorkers(settings.withWorkers(count))) {
            // Workers start once per run, not once per page: their start-up is not part of the rate.
            read(pages.subList(0, Math.min(count, pages.size())), workers, Set.of(), false, count);
            double cpuBefore = cpuSeconds(workers.workerPids());
            long started = System.nanoTime();
            read(pages, workers, Set.of(), false, count);
            long wall = System.nanoTime() - started;
            return new Rate(perMinute(pages.size(), wall), pages.size() * 60 / (cpuSeconds(workers.workerPids()) - cpuBefore));
        }
    }

    private static Rate commandRate(List<BenchPage> pages, Path folder) throws IOException, InterruptedException {
        List<Path> images = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path image = folder.resolve("page-" + i + ".png");
            ImageIO.write(pages.get(i).image(), "png", image.toFile());
            images.add(image);
        }
        double cpuBefore = childrenCpuSeconds();
        long started = System.nanoTime();
        for (int i = 0; i < images.size(); i++) {
            ProcessBuilder tesseract = new ProcessBuilder("tesseract", images.get(i).toString(),
                    folder.resolve("page-" + i).toString(), "-l", "vie", "--dpi", Integer.toString(pages.get(i).dpi()));
            tesseract.environment().put("OMP_THREAD_LIMIT", "1");
            tesseract.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            int exit = tesseract.start().waitFor();
            if (exit != 0) {
                throw new IOException("tesseract exited with " + exit + " on " + images.get(i));
            }
        }
        long wall = System.nanoTime() - started;
        return new Rate(perMinute(images.size(), wall), images.size() * 60 / (childrenCpuSeconds() - cpuBefore));
    }

    /** User + system CPU of running processes, from /proc (Linux; clock ticks of 1/100 s). */
    private static double cpuSeconds(List<Long> pids) throws IOException {
        double seconds = 0;
        for (long pid : pids) {
            String[] fields = statFields(Path.of("/proc", Long.toString(pid), "stat"));
            seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        }
        return seconds;
    }

    /** User + system CPU of this JVM's ended and waited-for child processes (the tesseract commands). */
    private static double childrenCpuSeconds() throws IOException {
        String[] fields = statFields(Path.of("/proc/self/stat"));
        return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / 100.0;
    }

    /** The fields after the command name, which may itself hold spaces: field 3 of stat(5) is index 0. */
    private static String[] statFields(Path stat) throws IOException {
        String line = Files.readString(stat);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }

    private static double perMinute(int pages, long nanos) {
        return pages * 60e9 / nanos;
    }
}
