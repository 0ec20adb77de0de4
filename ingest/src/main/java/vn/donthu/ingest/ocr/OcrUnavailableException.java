package vn.donthu.ingest.ocr;

/** Tesseract or its Vietnamese data is missing: a problem of the machine, not of one file. */
public class OcrUnavailableException extends RuntimeException {
    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
