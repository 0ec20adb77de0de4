package vn.donthu.analysis;

import java.text.Normalizer;

/**
 * Folds Vietnamese diacritics away so that "khieu nai", as people type without a Vietnamese
 * keyboard, matches "khiếu nại". Only for a separate, folded token stream: stored text and the main
 * token stream keep their diacritics.
 *
 * <p>The rule is NFD, then drop the Combining Diacritical Marks (U+0300–U+036F), then đ→d. Letters
 * below U+2000, where every Latin, Greek and Cyrillic letter with such marks lives, are folded
 * through a table built from that rule, in place and without allocation: this runs for every token
 * of the folded field. Text with anything above goes the general way.
 */
public final class VietnameseFolder {

    private static final int TABLE_SIZE = 0x2000;
    /** The folded letter for each char below {@link #TABLE_SIZE}; 0 for a mark that folds away. */
    private static final char[] FOLDED = new char[TABLE_SIZE];

    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = isLatinDiacritic(c) ? 0 : foldByRule(c);
        }
    }

    private VietnameseFolder() {
    }

    public static String fold(CharSequence text) {
        char[] chars = text.toString().toCharArray();
        int length = fold(chars, chars.length);
        return length >= 0 ? new String(chars, 0, length) : foldByRule(text);
    }

    /**
     * Lower case without diacritics, char for char: the result is as long as {@code text}, so an
     * offset in one is the same place in the other. A char that does not fold to one char (a lone
     * combining mark, anything beyond the table such as the en dash of "Độc lập – Tự do") stays as it
     * is; text is searched this way, not indexed.
     */
    public static String foldAligned(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            char folded = c < TABLE_SIZE ? FOLDED[c] : 0;
            chars[i] = folded != 0 ? Character.toLowerCase(folded) : c;
        }
        return new String(chars);
    }

    /**
     * Folds {@code buffer[0, length)} in place; returns the new length, or -1 (buffer untouched)
     * when the text has chars beyond the table and must go through {@link #fold(CharSequence)}.
     */
    public static int fold(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= TABLE_SIZE) {
                return -1;
            }
        }
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char folded = FOLDED[buffer[i]];
            if (folded != 0) {
                buffer[kept++] = folded;
            }
        }
        return kept;
    }

    /** The general rule, for one char (of the table) or for text beyond the table. */
    private static String foldByRule(CharSequence text) {
        // Tone marks, and the circumflex, breve and horn of â ă ê ô ơ ư, come apart from their
        // letters under NFD and can be dropped one by one.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (!isLatinDiacritic(c)) {
                folded.append(foldStroke(c));
            }
        }
        // Composes again what NFD took apart and was kept, such as Hangul syllables.
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    private static char foldByRule(char c) {
        if (Character.isSurrogate(c)) {
            return c;
        }
        String folded = foldByRule(String.valueOf(c));
        // A char whose folded form is not one char (a compatibility ligature, say) stays as it is.
        return folded.length() == 1 ? folded.charAt(0) : c;
    }

    /**
     * The Combining Diacritical Marks block, which holds every Vietnamese mark. Marks of other
     * blocks are vowel signs and the like of other scripts: dropping them would change letters,
     * not accents.
     */
    private static boolean isLatinDiacritic(char c) {
        return c >= '\u0300' && c <= '\u036F';
    }

    /** NFD leaves đ whole: its stroke is part of the letter in Unicode, not a combining mark. */
    private static char foldStroke(char c) {
        return switch (c) {
            case 'đ' -> 'd';
            case 'Đ' -> 'D';
            default -> c;
        };
    }
}
