package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * {@link VietnameseNormalizer} as a char filter, with offsets that point into the original text, so
 * that highlighting lands on the letters the reader sees even where normalization changed the
 * length of the text: decomposed input, invisible characters, VNI letters written as two chars, a
 * word joined across a hyphenated line break.
 *
 * <p>Whether a text is in a legacy encoding is a property of the whole text, so the filter reads
 * all of its input before it gives out the first char.
 */
public final class VietnameseNormalizationCharFilter extends BaseCharFilter {

    private String normalized;
    private int handedOut;

    public VietnameseNormalizationCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalized == null) {
            normalizeInput();
        }
        if (length == 0) {
            return 0;
        }
        if (handedOut == normalized.length()) {
            return -1;
        }
        int count = Math.min(length, normalized.length() - handedOut);
        normalized.getChars(handedOut, handedOut + count, buffer, offset);
        handedOut += count;
        return count;
    }

    private void normalizeInput() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        // As a String: the text is read char by char, and plain text is kept as it is.
        NormalizedText result = NormalizedText.of(text.toString());
        normalized = result.text();
        if (result.unchanged()) {
            return;
        }
        // One correction wherever the distance between output and input offsets changes.
        int diff = 0;
        for (int outputOffset = 0; outputOffset <= normalized.length(); outputOffset++) {
            int sourceDiff = result.sourceOffset(outputOffset) - outputOffset;
            if (sourceDiff != diff) {
                addOffCorrectMap(outputOffset, sourceDiff);
                diff = sourceDiff;
            }
        }
    }
}
