package vn.donthu.ingest.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Any letter text painted as scanned 300 dpi A4 pages, the way the sample scans are: for benchmarks with ground truth. */
public final class ScanPages {

    public static final int DPI = ScanPainter.DPI;

    private final ScanPainter painter;

    public ScanPages() throws IOException {
        this.painter = new ScanPainter(FontFiles.find());
    }

    /** Same text and seed, same pixels. */
    public List<BufferedImage> paint(String name, String text, long seed) throws IOException {
        return painter.paint(new SampleLetter(name, text, SampleLetter.layout(text)), seed);
    }
}
