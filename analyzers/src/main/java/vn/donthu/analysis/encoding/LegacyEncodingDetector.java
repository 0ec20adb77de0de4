package vn.donthu.analysis.encoding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.donthu.analysis.orthography.VietnameseSyllable;

/**
 * Tells whether a text is Vietnamese in a legacy encoding, and which.
 *
 * <p>The evidence is Vietnamese spelling. Each word that could come from an 8-bit text and that
 * decoding in the encoding changes is decoded; it speaks for the encoding if the decoded word is a
 * valid Vietnamese syllable ({@link VietnameseSyllable#isValid}) while the word as it came is not
 * ("khiÕu" gives "khiếu"). It speaks against it if the decoded word is not a syllable ("für" in
 * TCVN3 gives "fỹr"), and for neither if both are syllables ("có" in TCVN3 gives "cú"). An encoding
 * is detected when all of these hold:
 * <ul>
 *   <li>at least {@value #MIN_DISTINCT_WORDS} different words speak for it: a few French or Spanish
 *       words happen to decode to syllables in VNI ("où" to "ó", "dû" to "dủ", "aún" to "ẳn");</li>
 *   <li>at least {@value #MIN_RATIO_AGAINST} times as many words speak for it as against it;</li>
 *   <li>words speaking for it are at least half of the words decoding changes;</li>
 *   <li>more words speak for it than there are Unicode words (words with a char that no 8-bit
 *       decoding gives, like ơ or ế), so that a Unicode text quoting a few legacy words is left as
 *       it is, while a legacy text under a Unicode heading is converted.</li>
 * </ul>
 * Unicode Vietnamese never fires it: its words are valid syllables as they are, so none speaks for
 * an encoding; text decoded from windows-1258 is Unicode Vietnamese. English is ASCII, which no
 * encoding changes; in French, German and other Latin text the few words that decode to syllables
 * are outnumbered by those that do not, or by those that decoding leaves alone.
 * When several encodings qualify, the one with the most words for it, minus those against it, wins;
 * on a tie, the one that changed fewer words that were syllables already. In a few words of VISCII,
 * TCVN3 too can find three syllables.
 */
public final class LegacyEncodingDetector {

    static final int MIN_DISTINCT_WORDS = 3;
    static final int MIN_RATIO_AGAINST = 3;

    private LegacyEncodingDetector() {
    }

    /** The legacy encoding {@code text} is in, or empty if it is not clearly in one. */
    public static Optional<LegacyEncoding> detect(CharSequence text) {
        Evidence best = null;
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            Evidence evidence = evidence(text, encoding);
            if (evidence.isConclusive() && (best == null || evidence.isStrongerThan(best))) {
                best = evidence;
            }
        }
        return best == null ? Optional.empty() : Optional.of(best.encoding());
    }

    /** What the words of {@code text} say about {@code encoding}. */
    public static Evidence evidence(CharSequence text, LegacyEncoding encoding) {
        LegacyDecoder decoder = encoding.decoder();
        int wordsFor = 0;
        int wordsAgainst = 0;
        int neither = 0;
        int unicodeWords = 0;
        Set<String> distinct = new HashSet<>();
        for (int start = 0; start < text.length(); ) {
            if (!LegacyWords.isWordChar(text.charAt(start), decoder)) {
                start++;
                continue;
            }
            int end = LegacyWords.end(text, start, decoder);
            // One char alone is too weak: "×" in "2 × 3" would be TCVN3's ì.
            if (end - start >= 2 && !LegacyWords.isAscii(text, start, end)) {
                if (!LegacyWords.isConvertible(text, start, end)) {
                    unicodeWords++;
                } else {
                    String word = text.subSequence(start, end).toString();
                    String decoded = encoding.decodeWord(text, start, end);
                    if (!decoded.equals(word)) {
                        if (!VietnameseSyllable.isValid(decoded)) {
                            wordsAgainst++;
                        } else if (VietnameseSyllable.isValid(word)) {
                            neither++;
                        } else {
                            wordsFor++;
                            distinct.add(decoded.toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
            start = end;
        }
        return new Evidence(encoding, wordsFor, distinct.size(), wordsAgainst, neither, unicodeWords);
    }

    /**
     * What the words of a text say about one encoding: how many become a Vietnamese syllable only
     * when decoded ({@code wordsFor}, {@code distinctWordsFor} of them different), how many decode
     * to no syllable ({@code wordsAgainst}), how many are syllables either way ({@code neither}),
     * and how many words are Unicode.
     */
    public record Evidence(LegacyEncoding encoding, int wordsFor, int distinctWordsFor, int wordsAgainst,
            int neither, int unicodeWords) {

        /** Whether this evidence is enough to convert the text: see {@link LegacyEncodingDetector}. */
        public boolean isConclusive() {
            int changed = wordsFor + wordsAgainst + neither;
            return distinctWordsFor >= MIN_DISTINCT_WORDS
                    && wordsFor >= MIN_RATIO_AGAINST * wordsAgainst
                    && 2 * wordsFor >= changed
                    && wordsFor > unicodeWords;
        }

        boolean isStrongerThan(Evidence other) {
            int margin = wordsFor - wordsAgainst;
            int otherMargin = other.wordsFor - other.wordsAgainst;
            return margin != otherMargin ? margin > otherMargin : neither < other.neither;
        }
    }
}
