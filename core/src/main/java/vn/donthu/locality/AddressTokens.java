package vn.donthu.locality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An address cut into words. Letters and digits make words ("Q1" is two: Q and 1); a comma,
 * semicolon, colon, bracket or line break between two words is a break that no place name crosses.
 */
final class AddressTokens {

    /**
     * One word of the address.
     *
     * @param text        as written (NFC)
     * @param lowerCase   as written, in lower case
     * @param key         folded, lower case ({@link PlaceNames#word})
     * @param ascii       typed without any diacritics
     * @param dotAfter    directly followed by a full stop, as abbreviations are ("X.", "TP.")
     * @param breakBefore a break separates it from the word before
     * @param pauseBefore a full stop or a dash separates it from the word before ("Tân Đức - Phú Bình")
     * @param glued       directly follows the word before, without any separator ("Q1")
     */
    record Token(String text, String lowerCase, String key, boolean ascii, int start, int end, boolean dotAfter,
                 boolean breakBefore, boolean pauseBefore, boolean glued) {

        boolean isNumber() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private AddressTokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int previousEnd = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            boolean digits = Character.isDigit(text.charAt(i));
            while (end < text.length() && isWordChar(text.charAt(end))
                    && Character.isDigit(text.charAt(end)) == digits) {
                end++;
            }
            String word = text.substring(i, end);
            boolean breakBefore = !tokens.isEmpty() && hasBreak(text, previousEnd, i);
            boolean dotAfter = end < text.length() && text.charAt(end) == '.';
            boolean pauseBefore = !tokens.isEmpty() && hasPause(text, previousEnd, i);
            boolean glued = !tokens.isEmpty() && previousEnd == i;
            tokens.add(new Token(word, word.toLowerCase(Locale.ROOT), PlaceNames.key(word),
                    word.chars().allMatch(c -> c < 0x80), i, end, dotAfter, breakBefore, pauseBefore, glued));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    private static boolean isWordChar(char c) {
        // Combining marks keep a word whole when text arrives decomposed.
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean hasPause(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '-' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ',', ';', ':', '\n', '\r', '(', ')', '[', ']', '/' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }
}
