package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lower-cases terms exactly as Lucene's {@link LowerCaseFilter} does, by table for the chars
 * Vietnamese text is made of (up to Latin Extended Additional) rather than by a Unicode lookup per
 * code point: it runs on every token of every Vietnamese chain. Other chars go the way of
 * {@link LowerCaseFilter}.
 */
final class VietnameseLowerCaseFilter extends TokenFilter {

    /** {@link Character#toLowerCase(int)} of each char below its length: a char, never a surrogate. */
    private static final char[] LOWER = new char[0x1F00];

    static {
        for (char c = 0; c < LOWER.length; c++) {
            LOWER[c] = (char) Character.toLowerCase((int) c);
        }
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    VietnameseLowerCaseFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c >= LOWER.length) {
                // Each char before is a code point of its own: the rest is lower-cased on its own.
                CharacterUtils.toLowerCase(buffer, i, length);
                break;
            }
            buffer[i] = LOWER[c];
        }
        return true;
    }
}
