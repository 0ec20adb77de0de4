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

    /** Terms up to this length (every Vietnamese syllable) are remembered whole, with what the rules made of them. */
    private static final int MAX_REMEMBERED_TERM = RememberedTerms.MAX_LENGTH;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final CharArrayMap<char[]> seen = new CharArrayMap<>(1024, false);
    private final RememberedTerms terms = new RememberedTerms();
    /** Where the current term is remembered in {@link #terms}, or -1; see {@link #rememberedTerm()}. */
    private int rememberedTerm = -1;

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
        if (length == 0 || length > MAX_REMEMBERED_TERM) {
            rememberedTerm = -1;
            canonicalizeTerm(buffer, length);
            return true;
        }
        // Most tokens are syllables seen before: one lookup of the whole term replaces the scan.
        rememberedTerm = terms.canonicalize(buffer, length);
        if (rememberedTerm < 0) {
            char[] original = Arrays.copyOf(buffer, length);
            canonicalizeTerm(buffer, length);
            rememberedTerm = terms.add(original, buffer, length);
        }
        return true;
    }

    /**
     * The index under which this filter remembers the term it last produced, or -1 for a term too
     * long to remember. Terms with one index have one canonical form, so a
     * {@link VietnameseWordFilter} right after this one finds what it knows of a syllable by this
     * index, without hashing the syllable a second time. Indices are reused once
     * {@link #rememberedTermsGeneration()} changes.
     */
    int rememberedTerm() {
        return rememberedTerm;
    }

    /** Changes when this filter forgets the terms it remembers and starts its indices over. */
    int rememberedTermsGeneration() {
        return terms.generation;
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
     * The terms a filter has seen, up to {@value #MAX_LENGTH} chars, each with its canonical form
     * when that differs. A hash table of one long per slot (the hash and the term's index) leads to
     * the term's entry in a dense array: its chars packed into two longs, its length and where its
     * canonical form is. Entries are in the order terms were first seen, so the frequent ones, seen
     * early, share a few cache lines rather than being spread over a large table. Canonical forms
     * that differ are kept aside. Bounded like {@link #seen}. Not thread-safe.
     */
    private static final class RememberedTerms {

        static final int MAX_LENGTH = PackedChars.MAX_LENGTH;
        /**
         * Longs per entry: the chars, packed; then the length in the upper half and the start of the
         * canonical form in {@link #canonicals} + 1 (0: the term itself) in the lower.
         */
        private static final int ENTRY = 3;

        /** Per slot: the hash in the upper half, the term's index + 1 in the lower, 0 when empty. At most half full. */
        private long[] slots = new long[4096];
        private long[] entries = new long[ENTRY * 2048];
        private int size;
        private char[] canonicals = new char[1024];
        private int canonicalsLength;
        /** How many times the terms were forgotten. */
        int generation;

        /**
         * Writes the canonical form of the term {@code buffer[0, length)} over it, if the term is
         * remembered; returns its index if it is, -1 if not.
         */
        int canonicalize(char[] buffer, int length) {
            long chars0 = PackedChars.pack(buffer, 0, 0, length);
            long chars1 = PackedChars.pack(buffer, 0, 4, length);
            int hash = PackedChars.hash(chars0, chars1);
            int mask = slots.length - 1;
            for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
                long head = slots[slot];
                if (head == 0) {
                    return -1;
                }
                if ((int) (head >>> 32) == hash) {
                    int index = (int) head - 1;
                    int at = ENTRY * index;
                    long tail = entries[at + 2];
                    if ((int) (tail >>> 32) == length && entries[at] == chars0 && entries[at + 1] == chars1) {
                        int canonical = (int) tail - 1;
                        if (canonical >= 0) {
                            System.arraycopy(canonicals, canonical, buffer, 0, length);
                        }
                        return index;
                    }
                }
            }
        }

        /**
         * Remembers the term {@code term[0, length)}, which must not be remembered yet, with its
         * canonical form; returns its index.
         */
        int add(char[] term, char[] canonical, int length) {
            if (size == MAX_REMEMBERED) {
                Arrays.fill(slots, 0);
                size = 0;
                canonicalsLength = 0;
                generation++;
            }
            if ((size + 1) * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                for (long head : old) {
                    if (head != 0) {
                        slots[freeSlot(head)] = head;
                    }
                }
            }
            int canonicalStart = -1;
            if (!Arrays.equals(term, 0, length, canonical, 0, length)) {
                if (canonicalsLength + length > canonicals.length) {
                    canonicals = Arrays.copyOf(canonicals, Math.max(canonicals.length * 2, canonicalsLength + length));
                }
                System.arraycopy(canonical, 0, canonicals, canonicalsLength, length);
                canonicalStart = canonicalsLength;
                canonicalsLength += length;
            }
            int index = size++;
            if (ENTRY * (index + 1) > entries.length) {
                entries = Arrays.copyOf(entries, entries.length * 2);
            }
            long chars0 = PackedChars.pack(term, 0, 0, length);
            long chars1 = PackedChars.pack(term, 0, 4, length);
            int at = ENTRY * index;
            entries[at] = chars0;
            entries[at + 1] = chars1;
            entries[at + 2] = ((long) length << 32) | (canonicalStart + 1);
            long head = ((long) PackedChars.hash(chars0, chars1) << 32) | (index + 1);
            slots[freeSlot(head)] = head;
            return index;
        }

        private int freeSlot(long head) {
            int mask = slots.length - 1;
            int slot = (int) (head >>> 32) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
