package vn.donthu.analysis.encoding;

/**
 * Where words are in a text that may be in a legacy encoding: runs of letters, combining marks and
 * the chars that stand for letters in that encoding (TCVN3's § is Đ, ¬ is ơ, and its soft hyphen is ư).
 */
final class LegacyWords {

    private LegacyWords() {
    }

    static boolean isWordChar(char c, LegacyDecoder decoder) {
        return Character.isLetter(c) || decoder.isLegacyLetter(c) || isMark(c);
    }

    /** The end of the word starting at {@code start}. */
    static int end(CharSequence text, int start, LegacyDecoder decoder) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end), decoder)) {
            end++;
        }
        return end;
    }

    /**
     * Whether every char of the word could come from an 8-bit text decoded as windows-1252 or
     * ISO-8859-1. A word with any other char (ơ, ế, a combining mark) is Unicode: it is never
     * converted, so that the Unicode part of a mixed text stays as it is.
     */
    static boolean isConvertible(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Windows1252.byteOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is ASCII alone, which no legacy encoding changes. */
    static boolean isAscii(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) >= 0x80 || text.charAt(i) < 0x20) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(char c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
