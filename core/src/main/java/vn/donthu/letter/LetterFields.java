package vn.donthu.letter;

/**
 * Names of the letter fields that code queries by name. The mapping ({@code letters.json}) declares
 * them all; a field's name on the wire is the snake_case form of its {@link Letter} component.
 */
public final class LetterFields {
    public static final String SOURCE_PATH = "source_path";
    public static final String SOURCE_PATHS = "source_paths";
    public static final String TEXT = "text";
    /** The same text with diacritics folded (đ→d), so "khieu nai" finds "khiếu nại". */
    public static final String TEXT_FOLDED = "text.folded";
    /** The text cut into words ("khiếu_nại"): precision for multi-syllable words. */
    public static final String TEXT_WORDS = "text.words";

    /** The text with petitioners' personal data masked: what readers without the identity authority search and see. */
    public static final String REDACTED_TEXT = "redacted_text";
    public static final String MATTER_ID = "matter_id";
    /**
     * Copied from the letter's matter when grouping saves it, so that letters can be filtered by their
     * matter's state: {@code prolonged}, {@code overdue}, {@code escalated}, {@code crowded}.
     */
    public static final String MATTER_FLAGS = "matter_flags";
    /** The matter's {@link vn.donthu.matter.MatterStatus} name, copied like {@link #MATTER_FLAGS}. */
    public static final String MATTER_STATUS = "matter_status";
    /** Present on every letter that has been read ({@link Letter#details()}), empty or not. */
    public static final String DETAILS_KINDS = "details.kinds";
    /** The OCR output before correction; never searched, shown only to readers who may see identities. */
    public static final String RAW_TEXT = "raw_text";
    /** On a file attached to an e-mail: the message's letter. */
    public static final String PARENT_ID = "parent_id";
    public static final String ATTACHMENT_IDS = "attachment_ids";

    private LetterFields() {
    }
}
