package vn.donthu.analysis;

import vn.donthu.analysis.encoding.LegacyVietnameseText;
import vn.donthu.analysis.encoding.RepairedText;

/**
 * A text after {@link VietnameseNormalizer}'s three steps, with the input offset of each of its
 * offsets: what {@link VietnameseNormalizationCharFilter} needs to point highlighting back into the
 * original text.
 */
final class NormalizedText {

    private final String text;
    private final int[] sourceOffsets;

    private NormalizedText(String text, int[] sourceOffsets) {
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    static NormalizedText of(CharSequence input) {
        // Legacy encodings first, on the text as it came: TCVN3 writes ư as a soft hyphen and é as Ð,
        // which the later steps would drop or replace.
        RepairedText repaired = LegacyVietnameseText.repairWithOffsets(input);
        String unicode = repaired.text();
        // Hyphenated line breaks before invisible chars go: a soft hyphen at a line end is one.
        OffsetMappedText joined = new OffsetMappedText(unicode.length());
        HyphenatedLineBreaks.join(unicode, joined);
        String joinedText = joined.text();
        int[] joinedSources = joined.sourceOffsets(unicode.length());
        OffsetMappedText normalized = new OffsetMappedText(joinedText.length());
        CharacterNormalization.apply(joinedText, normalized);
        int[] sources = normalized.sourceOffsets(joinedText.length());
        for (int offset = 0; offset < sources.length; offset++) {
            sources[offset] = repaired.sourceOffset(joinedSources[sources[offset]]);
        }
        return new NormalizedText(normalized.text(), sources);
    }

    String text() {
        return text;
    }

    /** The input offset that {@code offset} of {@link #text} corresponds to; non-decreasing in {@code offset}. */
    int sourceOffset(int offset) {
        return sourceOffsets[offset];
    }
}
