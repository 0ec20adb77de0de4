package vn.donthu.ingest.matter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.donthu.analysis.VietnameseFolder;

/**
 * MinHash signatures over shingles of three folded syllables, and the LSH band keys that find
 * letters with similar signatures. Folding (no diacritics, đ→d) makes a copy typed without
 * diacritics or OCRed with lost tone marks still share most shingles; a syllable the OCR broke costs
 * only the three shingles around it.
 */
final class MinHash {

    static final int HASHES = 64;
    /** 32 bands of 2 rows: a pair with Jaccard 0.3 shares a band with probability 0.95, one with 0.1 with 0.27. */
    static final int ROWS_PER_BAND = 2;
    static final int BANDS = HASHES / ROWS_PER_BAND;
    private static final int SHINGLE = 3;
    private static final long[] SEEDS = new long[HASHES];
    private static final Pattern NOT_A_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    /**
     * Lines every letter starts with (quốc hiệu, tiêu ngữ): shingles of them would make every pair of
     * letters look alike.
     */
    private static final List<String> HEADINGS = List.of(
            "cong hoa xa hoi chu nghia viet nam", "doc lap tu do hanh phuc");

    static {
        long seed = 0x2545F4914F6CDD1DL;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x9E3779B97F4A7C15L);
            SEEDS[i] = seed;
        }
    }

    private MinHash() {
    }

    /** The folded syllables of {@code text}, headings left out. */
    static List<String> syllables(String text) {
        String folded = " " + String.join(" ", NOT_A_LETTER_OR_DIGIT.split(
                VietnameseFolder.fold(text.toLowerCase(Locale.ROOT)))) + " ";
        for (String heading : HEADINGS) {
            folded = folded.replace(" " + heading + " ", " ");
        }
        List<String> syllables = new ArrayList<>();
        for (String syllable : folded.trim().split(" ")) {
            if (!syllable.isEmpty()) {
                syllables.add(syllable);
            }
        }
        return syllables;
    }

    static int[] signature(String text) {
        List<String> syllables = syllables(text);
        int[] signature = new int[HASHES];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        long[] hashes = syllables.stream().mapToLong(s -> mix(s.hashCode())).toArray();
        for (int start = 0; start + Math.min(SHINGLE, hashes.length) <= hashes.length && hashes.length > 0; start++) {
            long shingle = 0;
            for (int i = start; i < Math.min(start + SHINGLE, hashes.length); i++) {
                shingle = shingle * 0x9E3779B97F4A7C15L + hashes[i];
            }
            for (int h = 0; h < HASHES; h++) {
                int value = (int) (mix(shingle ^ SEEDS[h]) >>> 33);
                if (value < signature[h]) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    /** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
    static double similarity(int[] a, int[] b) {
        int equal = 0;
        for (int i = 0; i < HASHES; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                equal++;
            }
        }
        return equal / (double) HASHES;
    }

    /** One key per band ("b7:3fa2c1..."); letters that share a key are candidates for the same matter. */
    static List<String> bandKeys(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        for (int band = 0; band < BANDS; band++) {
            long hash = band;
            boolean empty = true;
            for (int row = band * ROWS_PER_BAND; row < (band + 1) * ROWS_PER_BAND; row++) {
                hash = mix(hash * 31 + signature[row]);
                empty &= signature[row] == Integer.MAX_VALUE;
            }
            if (!empty) {
                keys.add("b" + band + ":" + Long.toHexString(hash));
            }
        }
        return keys;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
