package vn.donthu.analysis;

import java.io.IOException;
import java.util.Arrays;
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

    /** Terms up to this length are remembered whole, with what the rules made of them. */
    private static final int MAX_REMEMBERED_TERM = 32;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> seen = new CharArrayMap<>(1024, false);
    private final RememberedTerms terms = new RememberedTerms();

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
        if (length > MAX_REMEMBERED_TERM) {
            canonicalizeTerm(buffer, length);
            return true;
        }
        // Most tokens are syllables seen before: one lookup of the whole term replaces the scan.
        int index = terms.find(buffer, length);
        if (index < 0) {
            index = terms.add(buffer, length);
            canonicalizeTerm(buffer, length);
            terms.setCanonical(index, buffer, length);
        } else {
            terms.copyCanonical(index, buffer);
        }
        return true;
    }

    /** Gives each syllable of the term {@code buffer[0, length)} its canonical spelling, in place. */
    private void canonicalizeTerm(char[] buffer, int length) {
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

    /**
     * The terms a filter has seen, found again by their chars, each with its canonical form when
     * that differs: a hash table whose entries hold the hash, and records that hold the term and
     * its canonical form side by side. Bounded like {@link #seen}. Not thread-safe.
     */
    private static final class RememberedTerms {

        /** A record: where the term's chars start in {@link #chars}, their count, and where its canonical form starts (-1: the term itself). */
        private static final int RECORD = 3;

        /** Per slot: the hash in the upper half, the term's index + 1 in the lower; 0 when empty. At most half full. */
        private long[] slots = new long[2048];
        private int[] records = new int[RECORD * 1024];
        private char[] chars = new char[8192];
        private int charsLength;
        private int size;

        /** The index of the term {@code text[0, length)}, or -1 if it is not remembered. */
        int find(char[] text, int length) {
            int hash = hash(text, length);
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0) {
                    return -1;
                }
                if ((int) (entry >>> 32) == hash) {
                    int index = (int) entry - 1;
                    int at = RECORD * index;
                    if (records[at + 1] == length && sameChars(records[at], text, length)) {
                        return index;
                    }
                }
            }
        }

        /** Remembers the term, which must not be remembered yet, as its own canonical form; returns its index. */
        int add(char[] text, int length) {
            if (size == MAX_REMEMBERED) {
                Arrays.fill(slots, 0);
                size = 0;
                charsLength = 0;
            }
            if ((size + 1) * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                for (long entry : old) {
                    if (entry != 0) {
                        insert(entry);
                    }
                }
            }
            int index = size++;
            int at = RECORD * index;
            if (at == records.length) {
                records = Arrays.copyOf(records, records.length * 2);
            }
            int start = reserve(length);
            System.arraycopy(text, 0, chars, start, length);
            records[at] = start;
            records[at + 1] = length;
            records[at + 2] = -1;
            insert(((long) hash(text, length) << 32) | (index + 1));
            return index;
        }

        /** Records {@code canonical[0, length)} as the canonical form of term {@code index}, unless it is the term itself. */
        void setCanonical(int index, char[] canonical, int length) {
            int at = RECORD * index;
            if (!sameChars(records[at], canonical, length)) {
                int start = reserve(length);
                System.arraycopy(canonical, 0, chars, start, length);
                records[at + 2] = start;
            }
        }

        /** Writes the canonical form of term {@code index} over the term in {@code buffer}. */
        void copyCanonical(int index, char[] buffer) {
            int at = RECORD * index;
            int canonical = records[at + 2];
            if (canonical >= 0) {
                System.arraycopy(chars, canonical, buffer, 0, records[at + 1]);
            }
        }

        private int reserve(int length) {
            if (charsLength + length > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLength + length));
            }
            int start = charsLength;
            charsLength += length;
            return start;
        }

        private void insert(long entry) {
            int mask = slots.length - 1;
            int slot = (int) (entry >>> 32) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = entry;
        }

        private boolean sameChars(int at, char[] text, int length) {
            for (int i = 0; i < length; i++) {
                if (chars[at + i] != text[i]) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(char[] text, int length) {
            int h = 0x9E3779B9;
            for (int i = 0; i < length; i++) {
                h = (h ^ text[i]) * 0x01000193;
            }
            return h ^ (h >>> 16);
        }
    }
}
