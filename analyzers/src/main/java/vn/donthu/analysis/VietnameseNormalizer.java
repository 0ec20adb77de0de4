package vn.donthu.analysis;

/**
 * Gives Vietnamese text one spelling for what a reader sees as the same text, before it is stored
 * or analyzed. Diacritics are kept: they are part of the words. In this order:
 * <ol>
 *   <li>text typed in a legacy encoding (TCVN3, VNI, VISCII) and read as windows-1252 is converted
 *       to Unicode, when {@link vn.donthu.analysis.encoding.LegacyEncodingDetector} finds the whole
 *       text to be in one;</li>
 *   <li>a word hyphenated across a line break is joined, when joining is clearly right
 *       ({@link HyphenatedLineBreaks}: "nghi-\nệp", not "QĐ-\nUBND");</li>
 *   <li>invisible chars are dropped, look-alike letters replaced, and the text composed to NFC
 *       ({@link CharacterNormalization}).</li>
 * </ol>
 * What people wrote is not rewritten: the tone mark placement (hoà or hòa) and the i/y spelling
 * (quí or quý) are kept here and made one only in tokens, by {@link VietnameseOrthographyFilter}.
 *
 * <p>{@link VietnameseNormalizationCharFilter} applies the same steps, through the same code
 * ({@link NormalizedText}), inside an analyzer.
 */
public final class VietnameseNormalizer {

    /** What {@link #replaceLookAlike} is given as the previous code point at the start of a text. */
    static final int START_OF_TEXT = -1;

    private VietnameseNormalizer() {
    }

    public static String normalize(CharSequence text) {
        return NormalizedText.of(text).text();
    }

    /**
     * Zero-width characters come with text pasted from web pages and out of PDFs, and soft hyphens
     * mark where a word processor may break a word; none of them is visible, so they must not split
     * or change a word the reader sees whole.
     */
    static boolean isInvisible(int codePoint) {
        return switch (codePoint) {
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> true;
            default -> false;
        };
    }

    /**
     * The Vietnamese letter that {@code codePoint} stands for, or {@code codePoint} itself.
     *
     * @param previous the code point kept just before, already replaced, or {@link #START_OF_TEXT}
     */
    static int replaceLookAlike(int previous, int codePoint) {
        return switch (codePoint) {
            // Ð (eth) is drawn like Đ, and CP1252 has Ð where CP1258, the Vietnamese code page,
            // has Đ: text decoded with the wrong one of the two arrives with Ð.
            case '\u00D0' -> 'Đ';
            // The same code page mix-up, but ð is also a real letter of Icelandic and Faroese
            // names. No word of theirs starts with it, while Vietnamese đ only ever starts one.
            case '\u00F0' -> startsWord(previous) ? 'đ' : codePoint;
            // Text extracted from PDFs set in common Vietnamese fonts has ƣ (oi) for ư: "ngƣời".
            case '\u01A2' -> 'Ư';
            case '\u01A3' -> 'ư';
            default -> codePoint;
        };
    }

    private static boolean startsWord(int previous) {
        if (previous == START_OF_TEXT) {
            return true;
        }
        return switch (Character.getType(previous)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> false;
            default -> !Character.isLetterOrDigit(previous);
        };
    }
}
