package vn.donthu.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.donthu.analysis.orthography.SpellingVariants;
import vn.donthu.analysis.orthography.Tone;
import vn.donthu.analysis.orthography.ToneMarkPlacement;
import vn.donthu.analysis.orthography.VietnameseLetters;

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

    /**
     * Vietnamese has a few thousand syllables in use, and the rules are costly next to a table
     * lookup: each filter (one per thread, reused across documents) remembers the syllables it has
     * canonicalized. Bounded, in case a stream of garbage keeps bringing new ones.
     */
    private static final int MAX_REMEMBERED = 50_000;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> seen = new CharArrayMap<>(1024, false);

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
            while (end < length && isLetter(buffer[end])) {
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

    /** {@link Character#isLetter(char)} for the chars of Vietnamese text, up to Latin Extended Additional. */
    private static final boolean[] LETTERS = new boolean[0x1F00];

    static {
        for (char c = 0; c < LETTERS.length; c++) {
            LETTERS[c] = Character.isLetter(c);
        }
    }

    /** {@link Character#isLetter(char)}, by table for the chars Vietnamese text is made of. */
    private static boolean isLetter(char c) {
        return c < LETTERS.length ? LETTERS[c] : Character.isLetter(c);
    }

    /** Rewrites the syllable in {@code buffer[start, end)} in place: both rules keep its length. */
    private void canonicalize(char[] buffer, int start, int end) {
        if (!mayChange(buffer, start, end)) {
            return;
        }
        char[] canonical = seen.get(buffer, start, end - start);
        if (canonical == null) {
            String syllable = new String(buffer, start, end - start);
            canonical = SpellingVariants.canonical(ToneMarkPlacement.canonical(syllable)).toCharArray();
            if (seen.size() >= MAX_REMEMBERED) {
                seen.clear();
            }
            seen.put(syllable, canonical);
        }
        System.arraycopy(canonical, 0, buffer, start, canonical.length);
    }

    /**
     * Whether either rule could apply, decided without allocating: this runs for every token. A tone
     * mark moves only between two or more vowels; an i/y doublet is a syllable whose last vowel is i
     * or y with at most one vowel (the u of qu) before it. Everything else, most syllables among
     * them, is already canonical. {@code VietnameseOrthographyFilterTest} checks this against both
     * rules on every syllable of the shipped lexicon.
     */
    static boolean mayChange(char[] buffer, int start, int end) {
        int vowels = 0;
        boolean toned = false;
        char lastVowel = 0;
        for (int i = start; i < end; i++) {
            char c = buffer[i];
            Tone tone = VietnameseLetters.toneOf(c);
            if (tone != null) {
                vowels++;
                toned |= tone != Tone.NGANG;
                lastVowel = Character.toLowerCase(VietnameseLetters.withoutTone(c));
            } else if (c >= 0x80 && !Character.isLetter(c)) {
                // A combining mark: the syllable is not NFC, let the rules see it whole.
                return true;
            }
        }
        return (vowels >= 2 && toned) || (vowels <= 2 && (lastVowel == 'i' || lastVowel == 'y'));
    }
}
