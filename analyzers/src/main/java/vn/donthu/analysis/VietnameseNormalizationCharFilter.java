package vn.donthu.analysis;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
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

    /** The normalized text, in {@code normalized[0, length)}; null until the input is read. */
    private char[] normalized;
    private int length;
    private int handedOut;
    /** Where the input is read to, kept from document to document by an analyzer's thread; null: an array of its own. */
    private ReadBuffer readBuffer;

    /**
     * The array a filter reads its input into, for an analyzer to hand from one document's filter to
     * the next in the same thread, once the previous document is analysed: plain text is then analysed
     * without a new array per document.
     */
    static final class ReadBuffer {
        private char[] chars = new char[4096];
    }

    public VietnameseNormalizationCharFilter(Reader in) {
        super(in);
    }

    /** Reads the input into {@code buffer}, which no other filter is reading from; before the first read. */
    void readInto(ReadBuffer buffer) {
        readBuffer = buffer;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (normalized == null) {
            normalizeInput();
        }
        if (length == 0) {
            return 0;
        }
        if (handedOut == this.length) {
            return -1;
        }
        int count = Math.min(length, this.length - handedOut);
        System.arraycopy(normalized, handedOut, buffer, offset, count);
        handedOut += count;
        return count;
    }

    private void normalizeInput() throws IOException {
        char[] text = readBuffer == null ? new char[4096] : readBuffer.chars;
        int textLength = 0;
        for (int read = input.read(text, 0, text.length); read != -1; read = input.read(text, textLength, text.length - textLength)) {
            textLength += read;
            if (textLength == text.length) {
                text = Arrays.copyOf(text, text.length * 2);
                if (readBuffer != null) {
                    readBuffer.chars = text;
                }
            }
        }
        // Plain text is kept as it is, in the array it was read into.
        if (NormalizedText.isPlain(text, textLength)) {
            normalized = text;
            length = textLength;
            return;
        }
        NormalizedText result = NormalizedText.bySteps(new String(text, 0, textLength));
        normalized = result.text().toCharArray();
        length = normalized.length;
        // One correction wherever the distance between output and input offsets changes.
        int diff = 0;
        for (int outputOffset = 0; outputOffset <= length; outputOffset++) {
            int sourceDiff = result.sourceOffset(outputOffset) - outputOffset;
            if (sourceDiff != diff) {
                addOffCorrectMap(outputOffset, sourceDiff);
                diff = sourceDiff;
            }
        }
    }
}
