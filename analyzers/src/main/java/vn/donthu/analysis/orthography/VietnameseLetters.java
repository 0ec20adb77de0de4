package vn.donthu.analysis.orthography;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The tone of a precomposed Vietnamese vowel letter, and the same letter with another tone.
 *
 * <p>The table is built from the JDK's Unicode composition data rather than typed out, so that none
 * of its 144 letters can be mistyped: each of the twelve vowels, in both cases, composed with each
 * tone mark.
 */
public final class VietnameseLetters {

    /** The twelve vowel letters of Vietnamese, without tone. */
    static final String VOWELS = "aăâeêioôơuưy";

    private static final int TABLE_SIZE = 0x1F00;
    /** For each toned vowel letter, the same letter without tone; 0 for every other char. */
    private static final char[] TONELESS = new char[TABLE_SIZE];
    private static final Tone[] TONE = new Tone[TABLE_SIZE];
    /** For each toneless vowel letter and tone, the toned letter. */
    private static final char[][] WITH_TONE = new char[TABLE_SIZE][];

    static {
        String vowels = VOWELS + VOWELS.toUpperCase(Locale.ROOT);
        for (char vowel : vowels.toCharArray()) {
            char[] toned = new char[Tone.values().length];
            for (Tone tone : Tone.values()) {
                char letter = tone == Tone.NGANG ? vowel : compose(vowel, tone);
                toned[tone.ordinal()] = letter;
                TONELESS[letter] = vowel;
                TONE[letter] = tone;
            }
            WITH_TONE[vowel] = toned;
        }
    }

    private VietnameseLetters() {
    }

    private static char compose(char vowel, Tone tone) {
        String composed = Normalizer.normalize(vowel + String.valueOf(tone.combiningMark()), Normalizer.Form.NFC);
        if (composed.length() != 1) {
            throw new AssertionError("no precomposed letter for " + vowel + " with " + tone);
        }
        return composed.charAt(0);
    }

    /** Whether {@code c} is one of the 144 vowel letters of Vietnamese, with or without tone, in either case. */
    public static boolean isVowel(char c) {
        return c < TABLE_SIZE && TONE[c] != null;
    }

    /** The tone {@code c} carries: {@link Tone#NGANG} for a vowel without mark, {@code null} for a non-vowel. */
    public static Tone toneOf(char c) {
        return c < TABLE_SIZE ? TONE[c] : null;
    }

    /** {@code c} without its tone mark; any char that is not a Vietnamese vowel is returned as is. */
    public static char withoutTone(char c) {
        return isVowel(c) ? TONELESS[c] : c;
    }

    /** The vowel {@code c}, in its case, with {@code tone} instead of its own; a non-vowel as is. */
    public static char withTone(char c, Tone tone) {
        return isVowel(c) ? WITH_TONE[TONELESS[c]][tone.ordinal()] : c;
    }
}
