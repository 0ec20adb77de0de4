package vn.donthu.analysis.segment;

import java.util.Arrays;

/**
 * Gives each distinct syllable key a small int id, by open addressing over the keys' chars: a
 * lookup hashes a char buffer and compares in place, without building a String.
 */
final class SyllableTable {

    private char[] pool = new char[1024];
    private int poolLength;
    private int[] keyStart = new int[256];
    private int[] keyLength = new int[256];
    private int size;
    /** id + 1 per slot, 0 for empty; the length is a power of two. */
    private int[] slots = new int[512];

    int size() {
        return size;
    }

    /** The id of the key, or -1. */
    int find(char[] key, int length) {
        int mask = slots.length - 1;
        for (int slot = hash(key, length) & mask; ; slot = (slot + 1) & mask) {
            int entry = slots[slot];
            if (entry == 0) {
                return -1;
            }
            if (equalsKey(entry - 1, key, length)) {
                return entry - 1;
            }
        }
    }

    /** The id of the key, given a new one if it has none. */
    int add(char[] key, int length) {
        int existing = find(key, length);
        if (existing >= 0) {
            return existing;
        }
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        if (size == keyStart.length) {
            keyStart = Arrays.copyOf(keyStart, size * 2);
            keyLength = Arrays.copyOf(keyLength, size * 2);
        }
        if (poolLength + length > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + length));
        }
        System.arraycopy(key, 0, pool, poolLength, length);
        int id = size++;
        keyStart[id] = poolLength;
        keyLength[id] = length;
        poolLength += length;
        insert(id);
        return id;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        for (int id = 0; id < size; id++) {
            insert(id);
        }
    }

    private void insert(int id) {
        int mask = slots.length - 1;
        int slot = hash(pool, keyStart[id], keyLength[id]) & mask;
        while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = id + 1;
    }

    private boolean equalsKey(int id, char[] key, int length) {
        if (keyLength[id] != length) {
            return false;
        }
        int start = keyStart[id];
        for (int i = 0; i < length; i++) {
            if (pool[start + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] key, int length) {
        return hash(key, 0, length);
    }

    private static int hash(char[] chars, int start, int length) {
        int h = 0x9E3779B9;
        for (int i = start; i < start + length; i++) {
            h = (h ^ chars[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }
}
