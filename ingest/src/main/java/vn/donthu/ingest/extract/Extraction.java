package vn.donthu.ingest.extract;

import vn.donthu.letter.ExtractionMethod;

/**
 * The text of one file and how it was obtained. Pages are separated by a form feed, so the page of
 * any span can be found again.
 *
 * @param ocrConfidence mean confidence over OCRed pages, null when nothing was OCRed
 */
public record Extraction(String mediaType, String text, int pageCount, int ocrPages, ExtractionMethod method,
                         Float ocrConfidence) {

    public static final char PAGE_BREAK = '\f';
}
