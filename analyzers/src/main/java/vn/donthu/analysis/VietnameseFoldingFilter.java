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
        int folded = VietnameseFolder.fold(term.buffer(), term.length());
        if (folded >= 0) {
            term.setLength(folded);
        } else {
            String general = VietnameseFolder.fold(term);
            term.setEmpty().append(general);
        }
        return true;
    }
}
