package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.donthu.analysis.orthography.SpellingVariants;
import vn.donthu.analysis.orthography.ToneMarkPlacement;

/**
 * Gives each syllable of a term one spelling, so that the spellings people use for one word match:
 * the tone mark placed in the traditional style ({@link ToneMarkPlacement}: "hoà" becomes "hòa",
 * "thuỷ" becomes "thủy") and the y spelling of the i/y doublets ({@link SpellingVariants}: "quí"
 * becomes "quý", "kì" becomes "kỳ"). Offsets and positions are left as they are: only letters change,
 * never the length of a term.
 *
 * <p>A term that holds several syllables (joined by a word segmenter with "_" or a space) has each
 * of them made canonical. Belongs after lower-casing, before folding; not in the chain of query terms
 * that are not analyzed (prefix, wildcard), which are parts of syllables: "ki*" must still find "kiến".
 */
public final class VietnameseOrthographyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public VietnameseOrthographyFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && Character.isLetter(buffer[end])) {
                end++;
            }
            if (end > start) {
                canonicalize(buffer, start, end);
                start = end;
            } else {
                start++;
            }
        }
        return true;
    }

    /** Rewrites the syllable in {@code buffer[start, end)} in place: both rules keep its length. */
    private static void canonicalize(char[] buffer, int start, int end) {
        if (!mayChange(buffer, start, end)) {
            return;
        }
        String syllable = new String(buffer, start, end - start);
        String canonical = SpellingVariants.canonical(ToneMarkPlacement.canonical(syllable));
        canonical.getChars(0, canonical.length(), buffer, start);
    }

    /** Only a tone mark or an i can change: most terms (numbers, codes, plain syllables) are skipped cheaply. */
    private static boolean mayChange(char[] buffer, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = buffer[i];
            if (c >= 0x80 || c == 'i' || c == 'I') {
                return true;
            }
        }
        return false;
    }
}
