package vn.donthu.ingest.corpus;

/**
 * How a generated scan is spoiled, one kind per page set, so that OCR quality can be reported per
 * kind. Every kind starts from the same scanner look as {@link #CLEAN} (a slight skew, uneven lamp
 * light, sparse speckle) and adds one defect of real archives.
 */
public enum ScanDegradation {
    /** The scanner look only, at 300 dpi. */
    CLEAN,
    /** The sheet lies 2 to 5 degrees crooked. */
    SKEW,
    /** The sheet was fed sideways. */
    ROTATED_90,
    /** The sheet was fed upside down. */
    ROTATED_180,
    /** Isolated black and white pixels over the whole page (a dirty sensor, a bad fax line). */
    SALT_AND_PEPPER,
    /** Dust, toner specks and small blots. */
    SPECKLES,
    /** Out of focus, or a copy of a copy. */
    BLUR,
    /** Scanned at 200 dpi instead of 300. */
    LOW_DPI,
    /** Saved as a strongly compressed JPEG: blocks and ringing around the letters. */
    JPEG_ARTIFACTS,
    /** The black margins of a copier lid left open or a book spine. */
    DARK_BORDERS;

    /** The resolution the page is scanned at. */
    public int dpi() {
        return this == LOW_DPI ? 200 : 300;
    }

    public boolean degraded() {
        return this != CLEAN;
    }
}
