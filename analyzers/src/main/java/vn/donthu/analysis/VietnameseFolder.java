package vn.donthu.analysis;

import java.text.Normalizer;

/**
 * Folds Vietnamese diacritics away so that "khieu nai", as people type without a Vietnamese
 * keyboard, matches "khiếu nại". Only for a separate, folded token stream: stored text and the main
 * token stream keep their diacritics.
 */
public final class VietnameseFolder {

    private VietnameseFolder() {
    }

    public static String fold(CharSequence text) {
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
