package vn.donthu.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import vn.donthu.ingest.ocr.OcrPage;
import vn.donthu.letter.ExtractionMethod;

/** Collects a document's pages, each from its text layer or from OCR, and tells which method won. */
final class PageTexts {

    private final List<String> pages = new ArrayList<>();
    private int layerPages;
    private int ocrPages;
    private long confidenceSum;

    void addTextLayer(String text) {
        pages.add(text.strip());
        layerPages++;
    }

    void addOcr(OcrPage page) {
        pages.add(page.text().strip());
        ocrPages++;
        confidenceSum += page.confidence();
    }

    Extraction toExtraction(String mediaType) {
        String text = String.join(String.valueOf(Extraction.PAGE_BREAK), pages);
        ExtractionMethod method = ocrPages == 0 ? ExtractionMethod.TEXT_LAYER
                : layerPages == 0 ? ExtractionMethod.OCR : ExtractionMethod.MIXED;
        if (text.isBlank()) {
            method = ExtractionMethod.NONE;
        }
        Float confidence = ocrPages == 0 ? null : (float) confidenceSum / ocrPages;
        return new Extraction(mediaType, text, pages.size(), ocrPages, method, confidence);
    }
}
