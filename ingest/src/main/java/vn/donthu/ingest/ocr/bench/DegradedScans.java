package vn.donthu.ingest.ocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vn.donthu.analysis.VietnameseNormalizer;
import vn.donthu.config.Settings;
import vn.donthu.ingest.corpus.GeneratedLetter;
import vn.donthu.ingest.corpus.RenderedScan;
import vn.donthu.ingest.corpus.ScanDegradation;
import vn.donthu.ingest.corpus.ScanRenderer;
import vn.donthu.ingest.ocr.OcrFailedException;
import vn.donthu.ingest.ocr.OcrSettings;
import vn.donthu.ingest.ocr.OcrWorkers;

/**
 * Generated letters painted as degraded scans and read back by the OCR workers with the cleanup and
 * correction ingest uses, for benchmarks that need the text an archive of scans really yields.
 */
public final class DegradedScans {

    /** Every defect the corpus renderer knows, in turn, one per scanned letter. */
    private static final List<ScanDegradation> DEGRADATIONS =
            Arrays.stream(ScanDegradation.values()).filter(ScanDegradation::degraded).toList();

    private DegradedScans() {
    }

    /** The defect given to the {@code i}th scanned letter. */
    public static ScanDegradation degradation(int i) {
        return DEGRADATIONS.get(i % DEGRADATIONS.size());
    }

    /** The OCR text of each letter (pages separated by form feeds, NFC), the {@code i}th painted with {@link #degradation}. */
    public static List<String> ocr(List<GeneratedLetter> letters, PrintStream out) throws Exception {
        ScanRenderer painter = new ScanRenderer();
        OcrSettings settings = OcrSettings.from(Settings.system());
        long start = System.nanoTime();
        try (OcrWorkers pool = new OcrWorkers(settings)) {
            ScanTextCache cache = new ScanTextCache(ScanTextCache.defaultFolder(), pool);
            ExecutorService workers = Executors.newFixedThreadPool(settings.workers());
            try {
                List<Future<String>> texts = new ArrayList<>();
                for (int i = 0; i < letters.size(); i++) {
                    GeneratedLetter letter = letters.get(i);
                    ScanDegradation degradation = degradation(i);
                    texts.add(workers.submit(() -> ocrLetter(painter, cache, letter, degradation)));
                }
                List<String> result = new ArrayList<>();
                for (Future<String> text : texts) {
                    result.add(text.get());
                }
                out.printf("painted and OCRed %d letters in %.0f s (pages already OCRed are read from %s)%n%n",
                        letters.size(), (System.nanoTime() - start) / 1e9, ScanTextCache.defaultFolder());
                return result;
            } finally {
                workers.shutdown();
            }
        }
    }

    private static String ocrLetter(ScanRenderer painter, ScanTextCache cache, GeneratedLetter letter, ScanDegradation degradation)
            throws IOException {
        StringBuilder text = new StringBuilder();
        RenderedScan scan = painter.render(letter, degradation);
        for (BufferedImage page : scan.pages()) {
            if (!text.isEmpty()) {
                text.append('\f');
            }
            try {
                text.append(cache.recognise(page, scan.dpi()));
            } catch (OcrFailedException e) {
                // A page that ingest would fail on reads as nothing.
            }
        }
        return VietnameseNormalizer.normalize(text);
    }
}
