package vn.donthu.ingest.corpus;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A letter scanned: its page images and what OCR should read from them.
 *
 * @param text      the whole letter as typed (the ground truth)
 * @param pageTexts the lines printed on each page, wrapped as on paper
 */
public record RenderedScan(List<BufferedImage> pages, String text, List<String> pageTexts,
                           ScanDegradation degradation, int dpi) {

    public RenderedScan {
        pages = List.copyOf(pages);
        pageTexts = List.copyOf(pageTexts);
    }
}
