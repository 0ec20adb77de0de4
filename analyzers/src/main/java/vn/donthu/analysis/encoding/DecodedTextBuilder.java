package vn.donthu.analysis.encoding;

import java.util.Arrays;

/**
 * Decoded text, built one char at a time, with the offset in the legacy text where each char came
 * from. A VNI letter such as "eá" (ế) is two chars of input for one of output; highlighting needs
 * to find the two again.
 */
final class DecodedTextBuilder {

    private final StringBuilder text;
    private int[] sources;

    DecodedTextBuilder(int capacity) {
        text = new StringBuilder(capacity);
        sources = new int[capacity + 1];
    }

    /** Appends {@code c}, decoded from the input starting at {@code sourceOffset}. */
    void append(char c, int sourceOffset) {
        if (text.length() + 1 >= sources.length) {
            sources = Arrays.copyOf(sources, sources.length * 2 + 2);
        }
        sources[text.length()] = sourceOffset;
        text.append(c);
    }

    int length() {
        return text.length();
    }

    char charAt(int index) {
        return text.charAt(index);
    }

    void setCharAt(int index, char c) {
        text.setCharAt(index, c);
    }

    RepairedText build(LegacyEncoding encoding, int sourceLength) {
        sources[text.length()] = sourceLength;
        return new RepairedText(text.toString(), encoding, Arrays.copyOf(sources, text.length() + 1));
    }
}
