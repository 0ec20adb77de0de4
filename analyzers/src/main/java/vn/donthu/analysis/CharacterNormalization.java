package vn.donthu.analysis;

import java.text.Normalizer;

/**
 * The character level of {@link VietnameseNormalizer}: invisible chars dropped, look-alikes
 * replaced, then NFC.
 *
 * <p>The text is normalized one unit at a time: a code point that NFC can neither combine with nor
 * reorder against what precedes it, followed by everything that NFC may attach to it. NFC of a text
 * is the concatenation of NFC of its units, and each unit's end is a place where the input and
 * output offsets are known to correspond.
 */
final class CharacterNormalization {

    private CharacterNormalization() {
    }

    static String apply(CharSequence text) {
        OffsetMappedText out = new OffsetMappedText(text.length());
        apply(text, out);
        return out.text();
    }

    static void apply(CharSequence text, OffsetMappedText out) {
        StringBuilder unit = new StringBuilder();
        int previous = VietnameseNormalizer.START_OF_TEXT;
        int unitStart = 0;
        for (int i = 0; i <= text.length(); ) {
            int codePoint = i < text.length() ? Character.codePointAt(text, i) : -1;
            if (i == text.length() || (i > unitStart && !continuesUnit(codePoint))) {
                if (i > unitStart) {
                    previous = normalizeUnit(text, unitStart, i, previous, unit, out);
                }
                unitStart = i;
                if (i == text.length()) {
                    break;
                }
            }
            i += Character.charCount(codePoint);
        }
    }

    /** Appends the unit {@code text[start, end)} normalized; returns the last code point kept. */
    private static int normalizeUnit(CharSequence text, int start, int end, int previous, StringBuilder unit, OffsetMappedText out) {
        unit.setLength(0);
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (!VietnameseNormalizer.isInvisible(codePoint)) {
                int kept = VietnameseNormalizer.replaceLookAlike(previous, codePoint);
                unit.appendCodePoint(kept);
                previous = kept;
            }
        }
        if (unit.length() == 1 && isNormalizedAlone(unit.charAt(0))) {
            out.append(unit, start, end);
        } else {
            // Marks after a mapped ƣ or after a dropped invisible char reach their letter here.
            out.append(Normalizer.normalize(unit, Normalizer.Form.NFC), start, end);
        }
        return previous;
    }

    /**
     * Whether NFC may combine {@code codePoint} with, or reorder it against, what precedes it:
     * marks, and the Hangul vowel and final consonant jamo. Invisible characters continue a unit
     * too: they are dropped before NFC, so marks after one still reach the letter before it.
     */
    private static boolean continuesUnit(int codePoint) {
        if (VietnameseNormalizer.isInvisible(codePoint)) {
            return true;
        }
        return switch (Character.getType(codePoint)) {
            case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK -> true;
            default -> (codePoint >= 0x1161 && codePoint <= 0x1175) || (codePoint >= 0x11A8 && codePoint <= 0x11C2);
        };
    }

    /**
     * Below the combining marks, and in the block of precomposed Vietnamese letters, a character on
     * its own is already NFC. Most units are one such character, and skipping the normalizer call
     * for them keeps normalization cheap.
     */
    private static boolean isNormalizedAlone(char c) {
        return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');
    }
}
