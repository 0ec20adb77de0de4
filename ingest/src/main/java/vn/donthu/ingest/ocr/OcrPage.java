package vn.donthu.ingest.ocr;

/**
 * Text recognised on one page, with Tesseract's mean word confidence (0–100).
 *
 * @param rawText what Tesseract read, before Vietnamese post-OCR correction (equal to {@code text} when nothing changed)
 */
public record OcrPage(String text, String rawText, int confidence) {

    public boolean corrected() {
        return !text.equals(rawText);
    }
}
