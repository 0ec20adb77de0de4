package vn.donthu.analysis.encoding;

import java.util.Optional;

/**
 * Text after {@link LegacyVietnameseText#repair}: the text, the encoding it was converted from if
 * any, and for each offset in it the offset in the input it comes from.
 */
public final class RepairedText {

    private final String text;
    private final LegacyEncoding encoding;
    /** Input offset of each offset of {@code text}, its length included; null when nothing was converted. */
    private final int[] sources;

    RepairedText(String text, LegacyEncoding encoding, int[] sources) {
        this.text = text;
        this.encoding = encoding;
        this.sources = sources;
    }

    static RepairedText unchanged(String text) {
        return new RepairedText(text, null, null);
    }

    public String text() {
        return text;
    }

    /** The encoding the text was converted from; empty if it was left as it came. */
    public Optional<LegacyEncoding> encoding() {
        return Optional.ofNullable(encoding);
    }

    /**
     * The offset in the input that {@code offset} of {@link #text} corresponds to: the start of
     * the legacy sequence that a char was decoded from, and the input's length for the text's length.
     */
    public int sourceOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
        }
        return sources == null ? offset : sources[offset];
    }
}
