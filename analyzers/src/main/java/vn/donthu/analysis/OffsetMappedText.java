package vn.donthu.analysis;

import java.util.Arrays;

/**
 * Text built from pieces of an input, remembering for each of its offsets the input offset it
 * corresponds to, so that a char filter can point highlighting back into the original text.
 *
 * <p>A piece replaces the input range it comes from. Offsets inside a piece map into that range
 * (and to its end where the piece is longer than the range); the offset between two pieces maps to
 * the start of the second, so that input dropped between them (an invisible char, a hyphen and line
 * break) belongs to the end of the token before, never to the start of the next.
 */
final class OffsetMappedText {

    private final StringBuilder text;
    private int[] sources;

    OffsetMappedText(int capacity) {
        text = new StringBuilder(capacity);
        sources = new int[capacity + 1];
    }

    /** Appends {@code piece}, which replaces the input from {@code sourceStart} to {@code sourceEnd}. */
    void append(CharSequence piece, int sourceStart, int sourceEnd) {
        int start = text.length();
        int end = start + piece.length();
        if (end >= sources.length) {
            sources = Arrays.copyOf(sources, Math.max(end + 1, sources.length * 2));
        }
        int sourceLength = sourceEnd - sourceStart;
        for (int k = 0; k < piece.length(); k++) {
            sources[start + k] = sourceStart + Math.min(k, sourceLength);
        }
        sources[end] = sourceEnd;
        text.append(piece);
    }

    /** Appends {@code c}, kept as it was at {@code sourceOffset}. */
    void append(char c, int sourceOffset) {
        append(String.valueOf(c), sourceOffset, sourceOffset + 1);
    }

    String text() {
        return text.toString();
    }

    /**
     * For each offset of the text, the input offset it corresponds to; the text's end corresponds
     * to the input's end, whatever input was dropped after the last piece.
     */
    int[] sourceOffsets(int sourceLength) {
        int[] offsets = Arrays.copyOf(sources, text.length() + 1);
        offsets[text.length()] = sourceLength;
        return offsets;
    }
}
