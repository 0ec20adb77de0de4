package vn.donthu.letter;

/** Names of the letter fields in the index, for queries and aggregations. */
public final class LetterFields {
    public static final String ID = "id";
    public static final String SOURCE_PATH = "source_path";
    public static final String SOURCE_PATHS = "source_paths";
    public static final String FILE_NAME = "file_name";
    public static final String MEDIA_TYPE = "media_type";
    public static final String SIZE_BYTES = "size_bytes";
    public static final String PAGE_COUNT = "page_count";
    public static final String EXTRACTION_METHOD = "extraction_method";
    public static final String OCR_CONFIDENCE = "ocr_confidence";
    public static final String TEXT = "text";
    /** The same text with diacritics folded (đ→d), so "khieu nai" finds "khiếu nại". */
    public static final String TEXT_FOLDED = "text.folded";
    /** The text cut into words ("khiếu_nại"): phrase-like precision for multi-syllable words. */
    public static final String TEXT_WORDS = "text.words";
    /** Words without function words, for significant terms and topic counts. */
    public static final String TEXT_TERMS = "text.terms";
    public static final String INGESTED_AT = "ingested_at";

    private LetterFields() {
    }
}
