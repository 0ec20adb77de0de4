package vn.donthu.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Any letter's text painted as the mildly degraded 300 dpi scans of the sample letters, for benchmarks. */
public final class ScannedPages {

    public static final int DPI = ScanPainter.DPI;

    private final ScanPainter painter;

    public ScannedPages() throws IOException {
        this.painter = new ScanPainter(FontFiles.find());
    }

    /** Same text and seed, same pixels. */
    public List<BufferedImage> paint(String name, String text, long seed) throws IOException {
        return painter.paint(new SampleLetter(name, text, SampleLetter.layout(text)), seed);
    }
}
