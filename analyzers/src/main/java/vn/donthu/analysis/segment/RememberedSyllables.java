package vn.donthu.analysis.segment;

import java.util.Arrays;
import vn.donthu.analysis.PackedChars;

/**
 * What a {@link WordSegmenter.Session} has looked up of each syllable it has seen, found again by
 * the syllable's chars: a hash table whose slots hold the hash, the syllable's chars when it is
 * short, its length and its {@value #FIELDS} ints side by side, so that finding a syllable and
 * reading its fields touches one place in memory (on the analysis chain's hot path, a second
 * place was a second cache miss per syllable). Bounded: past {@link #MAX_SYLLABLES} syllables, all are forgotten at once, in
 * case a stream of garbage keeps bringing new ones. Not thread-safe.
 */
final class RememberedSyllables {

    /** The ints remembered per syllable. */
    static final int FIELDS = 5;
    /** Text is made of a few thousand syllables. */
    static final int MAX_SYLLABLES = 1 << 15;

    /** Syllables up to this many chars are also kept in their slot, packed into two longs. */
    private static final int PACKED_LENGTH = PackedChars.MAX_LENGTH;
    /** Longs per slot. */
    private static final int SLOT = 6;

    /**
     * Per slot: the hash in the upper half, the syllable's index + 1 in the lower, 0 when empty;
     * then its chars, packed, if it has no more than {@value #PACKED_LENGTH}: a syllable is then
     * compared without reading {@link #chars}; then fields 0 and 1, fields 2 and 3, field 4 and
     * the length, two ints to a long. At most half full.
     */
    private long[] slots = new long[SLOT * 1024];
    /** Per syllable, by index: where its chars start in {@link #chars}. */
    private int[] charStarts = new int[1024];
    private char[] chars = new char[4096];
    private int charsLength;
    private int size;

    /**
     * Where the syllable {@code text[start, start + length)} is remembered, or -1 if it is not;
     * its fields are then {@link #field}{@code (found, f)}, {@code f < FIELDS}.
     */
    int find(char[] text, int start, int length) {
        boolean packed = length <= PACKED_LENGTH;
        long chars0 = packed ? PackedChars.pack(text, start, 0, length) : 0;
        long chars1 = packed ? PackedChars.pack(text, start, 4, length) : 0;
        int hash = packed ? PackedChars.hash(chars0, chars1) : hash(text, start, length);
        int mask = slots.length / SLOT - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int entryAt = SLOT * slot;
            long entry = slots[entryAt];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash && (int) slots[entryAt + 5] == length && (packed
                    ? slots[entryAt + 1] == chars0 && slots[entryAt + 2] == chars1
                    : sameChars(charStarts[(int) entry - 1], text, start, length))) {
                return entryAt;
            }
        }
    }

    /**
     * Remembers the syllable, which must not be remembered yet, with {@code fields}; returns where,
     * as {@link #find} does, until the next call of this method.
     */
    int add(char[] text, int start, int length, int[] fields) {
        if (size == MAX_SYLLABLES) {
            Arrays.fill(slots, 0);
            size = 0;
            charsLength = 0;
        }
        if ((size + 1) * 2 > slots.length / SLOT) {
            long[] old = slots;
            slots = new long[old.length * 2];
            for (int entryAt = 0; entryAt < old.length; entryAt += SLOT) {
                if (old[entryAt] != 0) {
                    System.arraycopy(old, entryAt, slots, freeSlot(old[entryAt]), SLOT);
                }
            }
        }
        int index = size++;
        if (index == charStarts.length) {
            charStarts = Arrays.copyOf(charStarts, index * 2);
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
        int entryAt = freeSlot(entry);
        slots[entryAt] = entry;
        slots[entryAt + 1] = chars0;
        slots[entryAt + 2] = chars1;
        slots[entryAt + 3] = pair(fields[0], fields[1]);
        slots[entryAt + 4] = pair(fields[2], fields[3]);
        slots[entryAt + 5] = pair(fields[4], length);
        return entryAt;
    }

    /** Field {@code f} of the syllable {@link #find} or {@link #add} found at {@code found}. */
    int field(int found, int f) {
        long pair = slots[found + 3 + (f >> 1)];
        return (f & 1) == 0 ? (int) (pair >>> 32) : (int) pair;
    }

    private static long pair(int high, int low) {
        return ((long) high << 32) | (low & 0xFFFFFFFFL);
    }

    /** Where the entry goes in {@link #slots}: the first empty slot from its hash on. */
    private int freeSlot(long entry) {
        int mask = slots.length / SLOT - 1;
        int slot = (int) (entry >>> 32) & mask;
        while (slots[SLOT * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        return SLOT * slot;
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
