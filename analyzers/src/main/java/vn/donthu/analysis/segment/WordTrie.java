package vn.donthu.analysis.segment;

import java.util.Arrays;

/**
 * Words as paths of syllable ids. A node's children are found in one hash map keyed by (node,
 * syllable id), so a node costs two ints whatever its number of children.
 */
final class WordTrie {

    static final int ROOT = 0;
    static final int NONE = -1;
    /** A {@link #transition} that does not exist: no child, no word. */
    static final long ABSENT = -1;

    /** Per node: the index of the word that ends there, or {@link #NONE}. */
    private int[] wordAt = {NONE};
    /** Per node: bit {@code s & 63} set for each syllable id {@code s} it has a child along. */
    private long[] followers = {0};
    private int nodes = 1;

    // Transitions: open addressing over long keys (node << 32 | syllable id) to child nodes, the
    // key of slot s at 2s and at 2s + 1 the child with the word that ends there (see transition),
    // so that a lookup that finds its key reads one cache line rather than one in each of three
    // arrays. Keys are never negative, so an empty slot holds EMPTY.
    private static final long EMPTY = -1;
    private long[] slots = emptySlots(1024);
    private int transitions;

    /** The child of {@code node} along {@code syllable}, or {@link #NONE}. */
    int child(int node, int syllable) {
        return child(transition(node, syllable));
    }

    /**
     * The child of {@code node} along {@code syllable} and the word that ends at that child, read
     * together: {@link #child(long)} and {@link #word(long)} take them apart; {@link #ABSENT} when
     * there is no such child.
     */
    long transition(int node, int syllable) {
        long key = key(node, syllable);
        int slot = slot(key, mix(key));
        return slot < 0 ? ABSENT : slots[2 * slot + 1];
    }

    /** The child of a {@link #transition}, or {@link #NONE} if it is {@link #ABSENT}. */
    static int child(long transition) {
        return (int) transition;
    }

    /** The word that ends at the child of a {@link #transition}, or {@link #NONE}. */
    static int word(long transition) {
        return (int) (transition >> 32);
    }

    /** Where the transition with this key is, or -1. */
    private int slot(long key, int hash) {
        int mask = slots.length / 2 - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long found = slots[2 * slot];
            if (found == key) {
                return slot;
            }
            if (found == EMPTY) {
                return -1;
            }
        }
    }

    /**
     * The bits of the syllable ids {@code node} has children along (see {@link #mayFollow}): read
     * once per syllable and remembered, they rule out most transitions without reading the trie.
     */
    long followers(int node) {
        return followers[node];
    }

    /** Whether a node with these {@link #followers} may have a child along {@code syllable}. */
    static boolean mayFollow(long followers, int syllable) {
        return (followers & (1L << (syllable & 63))) != 0;
    }

    /** The word that ends at {@code node}, or {@link #NONE}. */
    int wordAt(int node) {
        return wordAt[node];
    }

    /**
     * Adds the path of {@code syllables} and marks its end with {@code word}, unless a word is
     * already there; returns the word at the end.
     */
    int add(int[] syllables, int length, int word) {
        int node = ROOT;
        long last = EMPTY;
        for (int i = 0; i < length; i++) {
            last = key(node, syllables[i]);
            int next = child(node, syllables[i]);
            if (next == NONE) {
                next = newNode();
                put(last, next);
                followers[node] |= 1L << (syllables[i] & 63);
            }
            node = next;
        }
        if (wordAt[node] == NONE) {
            wordAt[node] = word;
            if (length > 0) {
                slots[2 * slot(last, mix(last)) + 1] = transitionValue(node);
            }
        }
        return wordAt[node];
    }

    private int newNode() {
        if (nodes == wordAt.length) {
            int old = wordAt.length;
            wordAt = Arrays.copyOf(wordAt, old * 2);
            Arrays.fill(wordAt, old, wordAt.length, NONE);
            followers = Arrays.copyOf(followers, old * 2);
        }
        wordAt[nodes] = NONE;
        return nodes++;
    }

    private void put(long key, int child) {
        // Filled up to three quarters: a smaller table stays in the processor's cache.
        if ((transitions + 1) * 4 > slots.length / 2 * 3) {
            long[] old = slots;
            slots = emptySlots(old.length);
            for (int at = 0; at < old.length; at += 2) {
                if (old[at] != EMPTY) {
                    insert(old[at], old[at + 1]);
                }
            }
        }
        insert(key, transitionValue(child));
        transitions++;
    }

    private long transitionValue(int child) {
        return ((long) wordAt[child] << 32) | (child & 0xFFFFFFFFL);
    }

    private void insert(long key, long value) {
        int mask = slots.length / 2 - 1;
        int slot = mix(key) & mask;
        while (slots[2 * slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        slots[2 * slot] = key;
        slots[2 * slot + 1] = value;
    }

    /** Room for {@code size} transitions, all empty. */
    private static long[] emptySlots(int size) {
        long[] slots = new long[2 * size];
        Arrays.fill(slots, EMPTY);
        return slots;
    }

    private static long key(int node, int syllable) {
        return ((long) node << 32) | (syllable & 0xFFFFFFFFL);
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
