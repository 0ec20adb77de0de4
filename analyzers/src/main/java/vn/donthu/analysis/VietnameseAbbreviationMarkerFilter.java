package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Marks the capital letters that abbreviate place levels in addresses ("X. Tân Đức, H. Phú Bình",
 * "P. Bến Nghé, Q. 1") by rewriting "X" to "x.", so that the abbreviation list can expand them to
 * "xã", "huyện", "phường", "quận". A lowercase "x" or "q" stays as it is: typed alone it is far
 * more often an initial, a variable or a typo than a place level. Runs before lowercasing, because
 * the capital is the evidence.
 */
public final class VietnameseAbbreviationMarkerFilter extends TokenFilter {

    private static final String LETTERS = "QHXP";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseAbbreviationMarkerFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (term.length() == 1 && LETTERS.indexOf(term.charAt(0)) >= 0) {
            char letter = Character.toLowerCase(term.charAt(0));
            term.setEmpty().append(letter).append('.');
        }
        return true;
    }
}
