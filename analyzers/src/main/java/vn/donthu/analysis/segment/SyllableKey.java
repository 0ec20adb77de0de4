package vn.donthu.analysis.segment;

import java.text.Normalizer;

/**
 * The two spellings under which a syllable is looked up, computed one char at a time so that a
 * lookup needs no String.
 *
 * <p>{@link #EXACT}: lower case, and the tone mark taken off its vowel and put at the end, so that
 * the old and new tone placements ("hòa" and "hoà", "thủy" and "thuỷ") give one key while the
 * tones themselves still differ ("bán" is not "bạn"). {@link #FOLDED}: lower case, every mark
 * dropped and đ read as d, for text typed without diacritics ("khieu nai").
 *
 * <p>Input is expected in NFC, as {@code VietnameseNormalizer} leaves it; a loose combining tone
 * mark is read as the tone all the same.
 */
enum SyllableKey {
    EXACT,
    FOLDED;

    /** Keys longer than this are cut: no syllable is this long, and a key must fit a buffer. */
    static final int MAX_KEY_LENGTH = 48;

    private static final char FIRST = '\u00C0';
    private static final char LAST = '\u1EF9';
    /** Per precomposed letter: the letter without its tone (vowel marks kept), lower case. */
    private static final char[] TONELESS = new char[LAST - FIRST + 1];
    /** Per precomposed letter: its tone, 0 for none, 1 to 5 for huyền, sắc, hỏi, ngã, nặng. */
    private static final byte[] TONE = new byte[LAST - FIRST + 1];
    /** Per precomposed letter: the bare letter, lower case, đ as d. */
    private static final char[] BARE = new char[LAST - FIRST + 1];

    static {
        for (char c = FIRST; c <= LAST; c++) {
            String lower = String.valueOf(c).toLowerCase(java.util.Locale.ROOT);
            char lowerChar = lower.length() == 1 ? lower.charAt(0) : c;
            String decomposed = Normalizer.normalize(String.valueOf(lowerChar), Normalizer.Form.NFD);
            StringBuilder toneless = new StringBuilder();
            StringBuilder bare = new StringBuilder();
            byte tone = 0;
            for (int i = 0; i < decomposed.length(); i++) {
                char d = decomposed.charAt(i);
                byte t = toneOf(d);
                if (t != 0) {
                    tone = t;
                } else {
                    toneless.append(d);
                }
                if (!(d >= '\u0300' && d <= '\u036F')) {
                    bare.append(d == 'đ' ? 'd' : d);
                }
            }
            String composed = Normalizer.normalize(toneless, Normalizer.Form.NFC);
            TONELESS[c - FIRST] = composed.length() == 1 ? composed.charAt(0) : lowerChar;
            TONE[c - FIRST] = tone;
            BARE[c - FIRST] = bare.length() == 1 ? bare.charAt(0) : lowerChar;
        }
        // NFD leaves đ whole: its stroke is part of the letter, not a combining mark.
        BARE['đ' - FIRST] = 'd';
        BARE['Đ' - FIRST] = 'd';
    }

    private static byte toneOf(char c) {
        return switch (c) {
            case '\u0300' -> 1;
            case '\u0301' -> 2;
            case '\u0309' -> 3;
            case '\u0303' -> 4;
            case '\u0323' -> 5;
            default -> 0;
        };
    }

    /**
     * Writes the key of {@code text[start, end)} into {@code key} and returns its length.
     */
    int write(CharSequence text, int start, int end, char[] key) {
        int length = 0;
        byte tone = 0;
        for (int i = start; i < end && length < MAX_KEY_LENGTH - 1; i++) {
            char c = text.charAt(i);
            byte looseTone = toneOf(c);
            if (looseTone != 0) {
                tone = looseTone;
                continue;
            }
            if (this == FOLDED && c >= '\u0300' && c <= '\u036F') {
                continue;
            }
            if (c >= FIRST && c <= LAST) {
                if (this == EXACT) {
                    byte t = TONE[c - FIRST];
                    if (t != 0) {
                        tone = t;
                    }
                    key[length++] = TONELESS[c - FIRST];
                } else {
                    key[length++] = BARE[c - FIRST];
                }
            } else {
                key[length++] = Character.toLowerCase(c);
            }
        }
        if (this == EXACT && tone != 0) {
            key[length++] = (char) tone;
        }
        return length;
    }

    /** Whether {@code text[start, end)} carries any Vietnamese mark or đ: then it was not typed folded. */
    static boolean hasMarks(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '\u0300' && c <= '\u036F') {
                return true;
            }
            if (c >= FIRST && c <= LAST && BARE[c - FIRST] != Character.toLowerCase(c)) {
                return true;
            }
        }
        return false;
    }
}
