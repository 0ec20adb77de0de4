package vn.donthu.analysis;

import vn.donthu.analysis.encoding.LegacyVietnameseText;
import vn.donthu.analysis.orthography.VietnameseLetters;
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
        return isPlain(input) ? new NormalizedText(input.toString(), null) : bySteps(input);
    }

    /** Every step, whatever the text; {@link #of} skips them for text that none of them changes. */
    static NormalizedText bySteps(CharSequence input) {
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
        return sourceOffsets == null ? offset : sourceOffsets[offset];
    }

    /** Whether the text came out exactly as it went in, so that no offset needs correcting. */
    boolean unchanged() {
        return sourceOffsets == null;
    }

    /**
     * Text that no step can change, recognised in one pass: ASCII, Vietnamese letters (which are
     * NFC already) and typographic quotes and dashes, without a hyphen at a line end. Most text is
     * like this, and the analysis of every document passes here. Anything else goes through the
     * steps: a combining mark, an invisible or look-alike char, and every char that legacy
     * encodings are made of but Unicode Vietnamese text does not use (the đ, ư and ơ of TCVN3, VNI
     * and VISCII text all land on such chars).
     */
    static boolean isPlain(CharSequence text) {
        char previousVisible = ' ';
        for (int i = 0; i < text.length() && previousVisible != NOT_PLAIN; i++) {
            previousVisible = plainStep(text.charAt(i), previousVisible);
        }
        return previousVisible != NOT_PLAIN;
    }

    /** {@link #isPlain(CharSequence)} of {@code text[0, length)}. */
    static boolean isPlain(char[] text, int length) {
        char previousVisible = ' ';
        for (int i = 0; i < length && previousVisible != NOT_PLAIN; i++) {
            previousVisible = plainStep(text[i], previousVisible);
        }
        return previousVisible != NOT_PLAIN;
    }

    /** What {@link #plainStep} returns once the text is known not to be plain: a noncharacter. */
    private static final char NOT_PLAIN = '\uFFFF';

    /** The chars from U+0080 on that plain text may hold, by table: Vietnamese vowels, đ and Đ, quotes and dashes. */
    private static final boolean[] PLAIN_ABOVE_ASCII = new boolean[0x2028];

    static {
        for (char c = 0x80; c < PLAIN_ABOVE_ASCII.length; c++) {
            PLAIN_ABOVE_ASCII[c] = VietnameseLetters.isVowel(c) || c == 'đ' || c == 'Đ' || (c >= '\u2010' && c <= '\u2027');
        }
    }

    /** The last visible char of a plain text once {@code c} follows {@code previousVisible}, or {@link #NOT_PLAIN}. */
    private static char plainStep(char c, char previousVisible) {
        if (c < 0x80) {
            if ((c == '\n' || c == '\r') && (previousVisible == '-' || previousVisible == '\u2010')) {
                return NOT_PLAIN;
            }
            return c != ' ' && c != '\t' ? c : previousVisible;
        }
        return c < PLAIN_ABOVE_ASCII.length && PLAIN_ABOVE_ASCII[c] ? c : NOT_PLAIN;
    }
}
