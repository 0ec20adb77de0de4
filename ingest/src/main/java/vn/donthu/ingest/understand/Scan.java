package vn.donthu.ingest.understand;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a pattern only where it can start, instead of letting the regex engine try every position of
 * the letter: at a word that is one of a few given first words, or at the start of a number.
 * Reading 100,000 letters makes that difference count.
 */
public final class Scan {

    private Scan() {
    }

    /**
     * Each match of {@code pattern} in the folded text that starts at a whole word of
     * {@code firstWords}; the pattern is matched with {@link Matcher#lookingAt()} from there,
     * seeing the whole text around it. Matches do not overlap.
     */
    public static void fromWords(FoldedText text, Set<String> firstWords, Pattern pattern, Consumer<Matcher> each) {
        String folded = text.folded();
        Matcher m = matcher(folded, pattern);
        int from = 0;
        for (int w = 0; w < text.wordCount(); w++) {
            int at = text.wordStart(w);
            if (at >= from && firstWords.contains(text.word(w))) {
                from = tryAt(m, at, folded.length(), each, from);
            }
        }
    }

    /** As {@link #fromWords}, at each number (a digit, or "+", after no letter or digit). */
    public static void fromNumbers(String folded, Pattern pattern, Consumer<Matcher> each) {
        Matcher m = matcher(folded, pattern);
        int length = folded.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (i >= from && (c >= '0' && c <= '9' || c == '+')
                    && (i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)))) {
                from = tryAt(m, i, length, each, from);
            }
        }
    }

    private static Matcher matcher(String text, Pattern pattern) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    private static int tryAt(Matcher m, int at, int length, Consumer<Matcher> each, int from) {
        m.region(at, length);
        if (m.lookingAt()) {
            each.accept(m);
            return Math.max(at + 1, m.end());
        }
        return from;
    }
}
