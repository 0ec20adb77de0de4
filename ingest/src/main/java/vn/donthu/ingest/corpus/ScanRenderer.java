package vn.donthu.ingest.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import vn.donthu.ingest.render.FontFiles;
import vn.donthu.ingest.render.ScanPainter;
import vn.donthu.ingest.render.TypesetLetter;

/**
 * Scans letters: typesets them on A4, gives them the scanner look and one degradation. The same
 * letter, degradation and seed give the same pixels. Safe to share between threads.
 */
public final class ScanRenderer {

    private final FontFiles fonts;
    private final Map<Integer, ScanPainter> painters = new ConcurrentHashMap<>();

    public ScanRenderer() {
        this(FontFiles.find());
    }

    public ScanRenderer(FontFiles fonts) {
        this.fonts = fonts;
    }

    /** A generated letter, seeded by its id. */
    public RenderedScan render(GeneratedLetter letter, ScanDegradation degradation) throws IOException {
        return render(letter.id(), letter.text(), degradation, letter.id().hashCode());
    }

    /** Any NFC text laid out as a letter (blocks separated by blank lines). */
    public RenderedScan render(String name, String text, ScanDegradation degradation, long seed) throws IOException {
        ScanPainter painter = painter(degradation.dpi());
        TypesetLetter letter = TypesetLetter.of(name, text);
        List<BufferedImage> pages = new ArrayList<>();
        List<BufferedImage> scanned = painter.paint(letter, seed);
        for (int i = 0; i < scanned.size(); i++) {
            pages.add(ScanDegrader.apply(scanned.get(i), degradation, new Random(seed * 7919 + i)));
        }
        return new RenderedScan(pages, text, painter.pageTexts(letter), degradation, painter.dpi());
    }

    private ScanPainter painter(int dpi) {
        return painters.computeIfAbsent(dpi, d -> {
            try {
                return new ScanPainter(fonts, d);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot load the fonts " + fonts + ": " + e.getMessage(), e);
            }
        });
    }
}
