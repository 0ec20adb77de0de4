package vn.donthu.ingest.ocr;

/** Text recognised on one page, with Tesseract's mean word confidence (0–100). */
public record OcrPage(String text, int confidence) {
}
