package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Replaces each term by its {@link VietnameseFolder#fold folded} form: "khiếu" becomes "khieu". */
public final class VietnameseFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!isAscii(term.buffer(), term.length())) {
            String folded = VietnameseFolder.fold(term);
            term.setEmpty().append(folded);
        }
        return true;
    }

    /** Numbers, syllables without marks and most foreign words: nothing to fold, so no work. */
    private static boolean isAscii(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (buffer[i] >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
