package vn.donthu.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import vn.donthu.config.Settings;
import vn.donthu.ingest.ocr.cleanup.CleanupStep;

/**
 * How pages are OCRed: Tesseract's language data and language, how many worker processes, the
 * limits past which a worker is killed, which cleanup steps run before recognition and whether
 * Vietnamese post-OCR correction runs after it.
 *
 * @param stallPageWidth a test hook: a worker sleeps instead of OCRing a page exactly this wide (0: never),
 *                       so tests can prove a hung worker is killed without faking Tesseract
 */
public record OcrSettings(Path tessdata, String language, int workers, Duration pageTimeout, int workerHeapMb,
                          int workerMaxRssMb, Set<CleanupStep> cleanup, boolean correction, int stallPageWidth) {

    public static final String TESSDATA = "donthu.ocr.tessdata";
    public static final String LANGUAGE = "donthu.ocr.language";
    public static final String WORKERS = "donthu.ocr.workers";
    public static final String PAGE_TIMEOUT_SECONDS = "donthu.ocr.page-timeout-seconds";
    public static final String WORKER_HEAP_MB = "donthu.ocr.worker-heap-mb";
    public static final String WORKER_MAX_RSS_MB = "donthu.ocr.worker-max-rss-mb";
    /** Comma-separated cleanup steps ({@code orientation,deskew,borders,binarize}), or {@code none}. */
    public static final String CLEANUP = "donthu.ocr.cleanup";
    public static final String CORRECTION = "donthu.ocr.correction";
    public static final String STALL_PAGE_WIDTH = "donthu.ocr.test.stall-page-width";
    /** Debian 12's tesseract-ocr 5 package puts its language data here. */
    static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    public OcrSettings {
        if (workers < 1) {
            throw new IllegalArgumentException(WORKERS + " must be at least 1, not " + workers);
        }
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException(PAGE_TIMEOUT_SECONDS + " must be positive, not " + pageTimeout.toSeconds());
        }
        if (workerHeapMb < 64 || workerMaxRssMb <= workerHeapMb) {
            throw new IllegalArgumentException(WORKER_HEAP_MB + " must be at least 64 and below " + WORKER_MAX_RSS_MB
                    + ", not " + workerHeapMb + " and " + workerMaxRssMb);
        }
        cleanup = Set.copyOf(cleanup);
    }

    public static OcrSettings from(Settings settings) {
        Path tessdata = settings.get(TESSDATA).or(() -> settings.get("tessdata.prefix")).map(Path::of).orElse(DEBIAN_TESSDATA);
        return new OcrSettings(tessdata, settings.get(LANGUAGE, "vie"),
                settings.getInt(WORKERS, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(settings.getInt(PAGE_TIMEOUT_SECONDS, 120)),
                settings.getInt(WORKER_HEAP_MB, 512), settings.getInt(WORKER_MAX_RSS_MB, 2048),
                CleanupStep.parse(settings.get(CLEANUP, CleanupStep.DEFAULT)),
                Boolean.parseBoolean(settings.get(CORRECTION, "true")), settings.getInt(STALL_PAGE_WIDTH, 0));
    }

    public OcrSettings withWorkers(int count) {
        return new OcrSettings(tessdata, language, count, pageTimeout, workerHeapMb, workerMaxRssMb, cleanup, correction,
                stallPageWidth);
    }

    public OcrSettings withCleanup(Set<CleanupStep> steps, boolean correct) {
        return new OcrSettings(tessdata, language, workers, pageTimeout, workerHeapMb, workerMaxRssMb, steps, correct,
                stallPageWidth);
    }

    /** Fails early, before any file is read, when the machine cannot OCR at all. */
    public void check() {
        Path data = tessdata.resolve(language.split("\\+")[0] + ".traineddata");
        if (!Files.isReadable(data)) {
            throw new OcrUnavailableException("Tesseract's '" + language + "' language data is not at " + data
                    + ". Install it with: apt-get install tesseract-ocr tesseract-ocr-vie (or set "
                    + Settings.environmentName(TESSDATA) + ")", null);
        }
    }

    /** Tesseract's orientation and script data, shipped apart from the languages (tesseract-ocr-osd). */
    public Path orientationData() {
        return tessdata.resolve("osd.traineddata");
    }
}
