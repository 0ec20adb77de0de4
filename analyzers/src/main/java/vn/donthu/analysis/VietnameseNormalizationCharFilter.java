package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.Normalizer;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * {@link VietnameseNormalizer} as a char filter, with offsets that point into the original text, so
 * that highlighting lands on the letters the reader sees even where normalization changed the
 * length of the text (decomposed input, invisible characters).
 *
 * <p>The input is normalized one unit at a time: a code point that NFC can neither combine with
 * nor reorder against what precedes it, followed by everything that NFC may attach to it. NFC of a
 * text is the concatenation of NFC of its units, so the filter streams and gives exactly what
 * {@link VietnameseNormalizer#normalize} gives, and each unit's end is a place where the input and
 * output offsets are known to correspond.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {

    private final char[] chunk = new char[1024];
    /** Input read but not normalized yet; it starts at the start of a unit. */
    private final StringBuilder pending = new StringBuilder();
    /** The current unit, its invisible characters dropped and look-alikes replaced. */
    private final StringBuilder unit = new StringBuilder();
    /** Normalized text; {@code read} hands it out from {@code handedOut} on. */
    private final StringBuilder normalized = new StringBuilder();
    private int handedOut;
    private boolean inputExhausted;
    /** The last code point kept, which the look-alike rule for ð looks at. */
    private int previous = VietnameseNormalizer.START_OF_TEXT;
    /** Input offset of {@code pending}'s first char. */
    private int pendingOffset;
    /** Output offset of the end of {@code normalized}. */
    private int outputOffset;
    private int cumulativeDiff;

    public VietnameseNormalizationCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (handedOut == normalized.length()) {
            if (inputExhausted && pending.isEmpty()) {
                return -1;
            }
            normalized.setLength(0);
            handedOut = 0;
            normalizeMore();
        }
        int count = Math.min(length, normalized.length() - handedOut);
        normalized.getChars(handedOut, handedOut + count, buffer, offset);
        handedOut += count;
        return count;
    }

    private void normalizeMore() throws IOException {
        int read = input.read(chunk);
        if (read == -1) {
            inputExhausted = true;
        } else {
            pending.append(chunk, 0, read);
        }
        // Until the input ends, the last unit may still grow with the next chunk.
        int end = inputExhausted ? pending.length() : startOfLastUnit();
        int unitStart = 0;
        for (int i = 0; i < end; ) {
            int codePoint = Character.codePointAt(pending, i);
            if (i > unitStart && !continuesUnit(codePoint)) {
                normalizeUnit(unitStart, i);
                unitStart = i;
            }
            i += Character.charCount(codePoint);
        }
        if (end > unitStart) {
            normalizeUnit(unitStart, end);
        }
        pending.delete(0, end);
        pendingOffset += end;
    }

    private int startOfLastUnit() {
        int i = pending.length();
        while (i > 0) {
            int codePoint = Character.codePointBefore(pending, i);
            i -= Character.charCount(codePoint);
            if (!continuesUnit(codePoint)) {
                return i;
            }
        }
        return 0;
    }

    private void normalizeUnit(int start, int end) {
        unit.setLength(0);
        for (int i = start; i < end; ) {
            int codePoint = Character.codePointAt(pending, i);
            i += Character.charCount(codePoint);
            if (!VietnameseNormalizer.isInvisible(codePoint)) {
                int kept = VietnameseNormalizer.replaceLookAlike(previous, codePoint);
                unit.appendCodePoint(kept);
                previous = kept;
            }
        }
        int before = normalized.length();
        if (unit.length() == 1 && isNormalizedAlone(unit.charAt(0))) {
            normalized.append(unit);
        } else {
            normalized.append(Normalizer.normalize(unit, Normalizer.Form.NFC));
        }
        outputOffset += normalized.length() - before;
        correctOffsetsAtEndOfUnit(pendingOffset + end);
    }

    /**
     * Makes the output offset at the end of the unit just normalized point to {@code inputEnd}.
     * Offsets inside a unit keep the correction before it, which maps them into the unit as long
     * as the unit did not grow. NFC lengthens only a few characters it never composes (क़ becomes
     * क and a nukta, and so on): the extra output chars all point to the unit's end, so that
     * corrected offsets never go backwards.
     */
    private void correctOffsetsAtEndOfUnit(int inputEnd) {
        int diff = inputEnd - outputOffset;
        if (diff > cumulativeDiff) {
            addOffCorrectMap(outputOffset, diff);
        } else if (diff < cumulativeDiff) {
            for (int extra = outputOffset - (cumulativeDiff - diff) + 1; extra <= outputOffset; extra++) {
                addOffCorrectMap(extra, inputEnd - extra);
            }
        }
        cumulativeDiff = diff;
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
     * for them keeps the filter cheap.
     */
    private static boolean isNormalizedAlone(char c) {
        return c < '\u0300' || (c >= '\u1E00' && c <= '\u1EFF');
    }
}
