package vn.donthu.analysis;

/**
 * A short run of chars (up to eight) packed into two longs, and a hash of them: the key of the
 * per-thread tables that remember syllables and terms on the hot path, where comparing two longs
 * beats reading a char array.
 */
public final class PackedChars {

    /** The most chars two longs hold. */
    public static final int MAX_LENGTH = 8;

    private PackedChars() {
    }

    /**
     * Chars {@code from} to {@code from + 3} of the run of {@code length} chars at {@code start},
     * those past its length as 0, in one long: {@code from} is 0 for the first long, 4 for the second.
     */
    public static long pack(char[] text, int start, int from, int length) {
        long packed = 0;
        for (int i = Math.min(from + 4, length) - 1; i >= from; i--) {
            packed = (packed << 16) | text[start + i];
        }
        return packed;
    }

    /** The hash of a packed run: two multiplications rather than one per char. */
    public static int hash(long chars0, long chars1) {
        long h = chars0 * 0x9E3779B97F4A7C15L + chars1 * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29) ^ (h >>> 47));
    }
}
