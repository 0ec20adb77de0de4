package vn.donthu.analysis;

import java.util.Locale;
import vn.donthu.analysis.orthography.VietnameseSyllable;

/**
 * Joins a word that a line break hyphenated ("nghi-" at the end of a line, "ệp" at the start of the
 * next), as text extracted from PDFs and scans has it. Vietnamese does not hyphenate inside a word
 * otherwise, but writes hyphens at line ends that must stay: codes (QĐ-UBND), loanwords (ki-lô-mét),
 * and dashes (Độc lập - Tự do). So a break is joined only when all of these hold:
 * <ul>
 *   <li>the hyphen (-, U+2010 or a soft hyphen) follows a letter directly, and only spaces or tabs
 *       stand between it and one line break (not a blank line);</li>
 *   <li>the next line starts, after its indentation, with letters;</li>
 *   <li>the two parts, normalized, make one valid Vietnamese syllable ({@link VietnameseSyllable#isValid}):
 *       "nghi" and "ệp" make "nghiệp"; "QĐ" and "UBND" or "ki" and "lô" make none;</li>
 *   <li>the joined word is in small letters, capitals, or a capital and small letters.</li>
 * </ul>
 * The hyphen, the line break and the spaces around it are dropped.
 */
final class HyphenatedLineBreaks {

    private HyphenatedLineBreaks() {
    }

    static void join(CharSequence text, OffsetMappedText out) {
        for (int i = 0; i < text.length(); ) {
            if (isHyphen(text.charAt(i)) && i > 0 && isWordPart(text.charAt(i - 1))) {
                int nextLine = startOfNextLine(text, i + 1);
                if (nextLine > 0 && joins(text, i, nextLine)) {
                    i = nextLine;
                    continue;
                }
            }
            out.append(text.charAt(i), i);
            i++;
        }
    }

    private static boolean joins(CharSequence text, int hyphen, int nextLine) {
        int leftStart = hyphen;
        while (leftStart > 0 && isWordPart(text.charAt(leftStart - 1))) {
            leftStart--;
        }
        int rightEnd = nextLine;
        while (rightEnd < text.length() && isWordPart(text.charAt(rightEnd))) {
            rightEnd++;
        }
        if (rightEnd == nextLine) {
            return false;
        }
        String joined = CharacterNormalization.apply(
                text.subSequence(leftStart, hyphen).toString() + text.subSequence(nextLine, rightEnd));
        // Invisible chars are word parts, and normalization drops them: nothing may be left.
        return !joined.isEmpty() && hasWordCase(joined) && VietnameseSyllable.isValid(joined);
    }

    /** The offset after the spaces, one line break and indentation that follow {@code from}, or -1. */
    private static int startOfNextLine(CharSequence text, int from) {
        int i = skipSpaces(text, from);
        if (i == text.length() || !isLineBreak(text.charAt(i))) {
            return -1;
        }
        i += text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
        return skipSpaces(text, i);
    }

    private static int skipSpaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** nghiệp, Nghiệp, NGHIỆP; not a mix such as "BAn". */
    private static boolean hasWordCase(String word) {
        String rest = word.substring(1);
        return rest.equals(rest.toLowerCase(Locale.ROOT)) || word.equals(word.toUpperCase(Locale.ROOT));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u00AD';
    }

    private static boolean isLineBreak(char c) {
        return switch (c) {
            case '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> true;
            default -> false;
        };
    }

    /** Letters, the marks of decomposed letters and invisible chars, which normalization drops. */
    private static boolean isWordPart(char c) {
        if (Character.isLetter(c) || VietnameseNormalizer.isInvisible(c)) {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> false;
        };
    }
}
