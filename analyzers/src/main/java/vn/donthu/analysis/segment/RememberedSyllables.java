package vn.donthu.analysis.segment;

import java.util.Arrays;
import vn.donthu.analysis.PackedChars;

/**
 * What a {@link WordSegmenter.Session} has looked up of each syllable it has seen, found again by
 * the syllable's chars. A hash table of one long per slot (the hash and the syllable's index) leads
 * to the syllable's entry in a dense array, where its chars, packed when it is short, its length and
 * its {@value #FIELDS} ints lie side by side. Entries are in the order syllables were first seen,
 * so the frequent ones, seen early, share a few cache lines; a table of whole entries spread them
 * over megabytes, and finding a syllable was a cache miss on the analysis chain's hot path.
 * Bounded: past {@link #MAX_SYLLABLES} syllables, all are forgotten at once, in case a stream of
 * garbage keeps bringing new ones. Not thread-safe.
 */
final class RememberedSyllables {

    /** The ints remembered per syllable. */
    static final int FIELDS = 9;
    /** Text is made of a few thousand syllables. */
    static final int MAX_SYLLABLES = 1 << 15;

    /** Syllables up to this many chars are also kept in their entry, packed into two longs. */
    private static final int PACKED_LENGTH = PackedChars.MAX_LENGTH;
    /** Longs per entry: the packed chars, then the fields and last the length, two ints to a long. */
    private static final int ENTRY = 2 + (FIELDS + 1) / 2;

    /** Per slot: the hash in the upper half, the syllable's index + 1 in the lower, 0 when empty. At most half full. */
    private long[] slots = new long[1024];
    /** Per syllable, by index: its entry, from ENTRY * index. */
    private long[] entries = new long[ENTRY * 512];
    /** Per syllable, by index: where its chars start in {@link #chars}. */
    private int[] charStarts = new int[512];
    private char[] chars = new char[4096];
    private int charsLength;
    private int size;
    /** How many times all syllables were forgotten: places {@link #find} returned before then are stale. */
    private int generation;

    /**
     * Where the syllable {@code text[start, start + length)} is remembered, or -1 if it is not;
     * its fields are then {@link #field}{@code (found, f)}, {@code f < FIELDS}.
     */
    int find(char[] text, int start, int length) {
        boolean packed = length <= PACKED_LENGTH;
        long chars0 = packed ? PackedChars.pack(text, start, 0, length) : 0;
        long chars1 = packed ? PackedChars.pack(text, start, 4, length) : 0;
        int hash = packed ? PackedChars.hash(chars0, chars1) : hash(text, start, length);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                int index = (int) entry - 1;
                int at = ENTRY * index;
                if ((int) entries[at + ENTRY - 1] == length && (packed
                        ? entries[at] == chars0 && entries[at + 1] == chars1
                        : sameChars(charStarts[index], text, start, length))) {
                    return at;
                }
            }
        }
    }

    /**
     * Remembers the syllable, which must not be remembered yet, with {@code fields}; returns where,
     * as {@link #find} does.
     */
    int add(char[] text, int start, int length, int[] fields) {
        if (size == MAX_SYLLABLES) {
            Arrays.fill(slots, 0);
            size = 0;
            charsLength = 0;
            generation++;
        }
        if ((size + 1) * 2 > slots.length) {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (long entry : old) {
                if (entry != 0) {
                    slots[freeSlot(entry)] = entry;
                }
            }
        }
        int index = size++;
        if (index == charStarts.length) {
            charStarts = Arrays.copyOf(charStarts, index * 2);
            entries = Arrays.copyOf(entries, ENTRY * index * 2);
        }
        if (charsLength + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLength + length));
        }
        System.arraycopy(text, start, chars, charsLength, length);
        charStarts[index] = charsLength;
        charsLength += length;
        boolean packed = length <= PACKED_LENGTH;
        long chars0 = packed ? PackedChars.pack(text, start, 0, length) : 0;
        long chars1 = packed ? PackedChars.pack(text, start, 4, length) : 0;
        int hash = packed ? PackedChars.hash(chars0, chars1) : hash(text, start, length);
        long entry = ((long) hash << 32) | (index + 1);
        slots[freeSlot(entry)] = entry;
        int at = ENTRY * index;
        entries[at] = chars0;
        entries[at + 1] = chars1;
        for (int f = 0; f + 1 < FIELDS; f += 2) {
            entries[at + 2 + f / 2] = pair(fields[f], fields[f + 1]);
        }
        entries[at + ENTRY - 1] = pair(fields[FIELDS - 1], length);
        return at;
    }

    /** Changes when all syllables are forgotten. */
    int generation() {
        return generation;
    }

    /** Field {@code f} of the syllable {@link #find} or {@link #add} found at {@code found}. */
    int field(int found, int f) {
        long pair = entries[found + 2 + (f >> 1)];
        return (f & 1) == 0 ? (int) (pair >>> 32) : (int) pair;
    }

    private static long pair(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** Where the entry goes in {@link #slots}: the first empty slot from its hash on. */
    private int freeSlot(long entry) {
        int mask = slots.length - 1;
        int slot = (int) (entry >>> 32) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Arrays.equals, which is slower on syllables: it is made for long arrays. */
    private boolean sameChars(int at, char[] text, int start, int length) {
        for (int i = 0; i < length; i++) {
            if (chars[at + i] != text[start + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] text, int start, int length) {
        int h = 0x9E3779B9;
        for (int i = start; i < start + length; i++) {
            h = (h ^ text[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
