package vn.donthu.analysis.segment;

import java.util.Arrays;
import vn.donthu.analysis.PackedChars;

/**
 * What a {@link WordSegmenter.Session} has looked up of each syllable it has seen, found again by
 * the syllable's chars: a hash table whose entries hold the hash, and records that hold the
 * syllable and its {@value #FIELDS} ints side by side, so that finding a syllable reads few
 * places in memory. Bounded: past {@link #MAX_SYLLABLES} syllables, all are forgotten at once, in
 * case a stream of garbage keeps bringing new ones. Not thread-safe.
 */
final class RememberedSyllables {

    /** The ints remembered per syllable. */
    static final int FIELDS = 5;
    /** Text is made of a few thousand syllables. */
    static final int MAX_SYLLABLES = 1 << 15;

    /** A record: where the syllable's chars start in {@link #chars}, their count, then the fields. */
    private static final int RECORD = 8;

    /** Syllables up to this many chars are also kept in their slot, packed into two longs. */
    private static final int PACKED_LENGTH = PackedChars.MAX_LENGTH;
    /** Longs per slot. */
    private static final int SLOT = 3;

    /**
     * Per slot: the hash in the upper half, the syllable's index + 1 in the lower, 0 when empty;
     * then its chars, packed, if it has no more than {@value #PACKED_LENGTH}: a syllable is then
     * compared without reading {@link #chars}. At most half full.
     */
    private long[] slots = new long[SLOT * 1024];
    private int[] records = new int[RECORD * 1024];
    private char[] chars = new char[4096];
    private int charsLength;
    private int size;

    /**
     * The index of the syllable {@code text[start, start + length)}, or -1 if it is not
     * remembered; its fields are then {@code fields()[offset(index) + f]}, {@code f < FIELDS}.
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
            if ((int) (entry >>> 32) == hash) {
                int index = (int) entry - 1;
                int at = RECORD * index;
                if (records[at + 1] == length && (packed
                        ? slots[entryAt + 1] == chars0 && slots[entryAt + 2] == chars1
                        : sameChars(records[at], text, start, length))) {
                    return index;
                }
            }
        }
    }

    /** Remembers the syllable, which must not be remembered yet, with {@code fields}; returns its index. */
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
                    insert(old[entryAt], old[entryAt + 1], old[entryAt + 2]);
                }
            }
        }
        int index = size++;
        int at = RECORD * index;
        if (at == records.length) {
            records = Arrays.copyOf(records, records.length * 2);
        }
        if (charsLength + length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsLength + length));
        }
        System.arraycopy(text, start, chars, charsLength, length);
        records[at] = charsLength;
        records[at + 1] = length;
        System.arraycopy(fields, 0, records, at + 2, FIELDS);
        charsLength += length;
        boolean packed = length <= PACKED_LENGTH;
        long chars0 = packed ? PackedChars.pack(text, start, 0, length) : 0;
        long chars1 = packed ? PackedChars.pack(text, start, 4, length) : 0;
        int hash = packed ? PackedChars.hash(chars0, chars1) : hash(text, start, length);
        insert(((long) hash << 32) | (index + 1), chars0, chars1);
        return index;
    }

    private void insert(long entry, long chars0, long chars1) {
        int mask = slots.length / SLOT - 1;
        int slot = (int) (entry >>> 32) & mask;
        while (slots[SLOT * slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[SLOT * slot] = entry;
        slots[SLOT * slot + 1] = chars0;
        slots[SLOT * slot + 2] = chars1;
    }

    /** The array that holds the fields: those of syllable {@code index} start at {@code offset(index)}. */
    int[] fields() {
        return records;
    }

    static int offset(int index) {
        return RECORD * index + 2;
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
