package vn.donthu.ingest.extract;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.ingest.ocr.OcrFailedException;
import vn.donthu.ingest.ocr.OcrPage;
import vn.donthu.ingest.ocr.OcrWorkers;
import vn.donthu.letter.ExtractionMethod;
import vn.donthu.letter.PageInfo;

/** Collects a document's pages, each from its text layer or from OCR, and tells which method won. */
final class PageTexts {

    private final List<String> pages = new ArrayList<>();
    private final List<String> rawPages = new ArrayList<>();
    private final List<PageInfo> infos = new ArrayList<>();
    private int layerPages;
    private int ocrPages;
    private long confidenceSum;
    private boolean corrected;

    void addTextLayer(String text) {
        add(text.strip(), text.strip(), ExtractionMethod.TEXT_LAYER, null);
        layerPages++;
    }

    void addOcr(OcrPage page) {
        add(page.text().strip(), page.rawText().strip(), ExtractionMethod.OCR, (float) page.confidence());
        ocrPages++;
        confidenceSum += page.confidence();
        corrected |= page.corrected();
    }

    /** One page OCRed; a page the worker could not read fails its file, with the page named. */
    static OcrPage ocr(OcrWorkers ocr, BufferedImage image, int dpi, int pageNumber) throws UnreadableFileException {
        try {
            return ocr.recognise(image, dpi);
        } catch (OcrFailedException e) {
            throw new UnreadableFileException(e.getMessage() + " on page " + pageNumber);
        }
    }

    private void add(String text, String raw, ExtractionMethod method, Float confidence) {
        infos.add(new PageInfo(pages.size() + 1, 0, method, confidence));
        pages.add(text);
        rawPages.add(raw);
    }

    Extraction toExtraction(String mediaType) {
        String separator = String.valueOf(Extraction.PAGE_BREAK);
        String text = String.join(separator, pages);
        ExtractionMethod method = ocrPages == 0 ? ExtractionMethod.TEXT_LAYER
                : layerPages == 0 ? ExtractionMethod.OCR : ExtractionMethod.MIXED;
        if (text.isBlank()) {
            method = ExtractionMethod.NONE;
        }
        Float confidence = ocrPages == 0 ? null : (float) confidenceSum / ocrPages;
        String raw = corrected ? String.join(separator, rawPages) : null;
        return new Extraction(mediaType, text, pages.size(), ocrPages, method, confidence, infos, raw).withTexts(text, raw);
    }
}
