package vn.donthu.ingest.ocr;

/** One page could not be OCRed (its worker crashed, hung or ran out of memory); the run goes on. */
public class OcrFailedException extends Exception {
    public OcrFailedException(String reason) {
        super(reason);
    }
}
