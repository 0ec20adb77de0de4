package vn.donthu.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.PageInfo;

/**
 * The text of one file and how it was obtained. Pages are separated by a form feed, so the page of
 * any span can be found again; {@code pages} says where each starts, how it was read and its OCR
 * confidence.
 *
 * @param ocrConfidence mean confidence over OCRed pages, null when nothing was OCRed
 * @param rawText       the text before Vietnamese post-OCR correction, null when correction changed nothing
 */
public record Extraction(String mediaType, String text, int pageCount, int ocrPages, ExtractionMethod method,
                         Float ocrConfidence, List<PageInfo> pages, String rawText) {

    public static final char PAGE_BREAK = '\f';

    public Extraction {
        pages = List.copyOf(pages);
    }

    /** The same extraction with its texts replaced (normalised), page starts found again in the new text. */
    Extraction withTexts(String newText, String newRawText) {
        List<PageInfo> moved = new ArrayList<>(pages.size());
        int start = 0;
        for (PageInfo page : pages) {
            moved.add(new PageInfo(page.number(), start, page.method(), page.confidence()));
            int next = newText.indexOf(PAGE_BREAK, start);
            start = next < 0 ? newText.length() : next + 1;
        }
        return new Extraction(mediaType, newText, pageCount, ocrPages, method, ocrConfidence, moved, newRawText);
    }
}
