package vn.donthu.analysis.segment;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds words of two and three syllables in raw text, where nothing marks where words end, from
 * how often syllables occur together.
 *
 * <p>The measure is the symmetric conditional probability (da Silva and Lopes, 1999) of the
 * sequence: for two syllables {@code a b},
 *
 * <pre>  SCP(a b) = P(b | a) · P(a | b) = c(ab)² / (c(a) · c(b))</pre>
 *
 * and for three, the square of their count over the mean of the two ways of cutting them,
 * {@code c(abc)² / ((c(a)·c(bc) + c(ab)·c(c)) / 2)}. It is 1 when the syllables never occur
 * apart, and small when either one occurs mostly elsewhere: "của các" is frequent, but "của" and
 * "các" are each far more frequent apart, whereas "khiếu" hardly occurs without "nại". Unlike
 * pointwise mutual information it is bounded, so a pair of rare syllables seen together once or
 * twice does not outrank a frequent word, and unlike raw counts it does not favour frequent
 * function words. A word is learned when it occurs at least {@link Builder#minCount} times and its
 * SCP reaches {@link Builder#minScore}; the score reported is its SCP.
 *
 * <p>The defaults (two syllables, seen twice, SCP 0.3 or more) were chosen on the train split of
 * the UD Vietnamese VTB treebank, learning from its raw text: lower thresholds, and three-syllable
 * sequences, mostly learned phrases that the treebank segments into several words.
 *
 * <p>Text is given as runs of syllables with no punctuation inside ({@link #add}); syllables are
 * counted in lower case. Sequences are not counted across a syllable that starts with a capital
 * letter, other than a run's first: those are names, which {@link WordSegmenter} joins by their
 * capitals, not words to learn. Tokens that are not syllables (numbers, symbols, anything longer
 * than {@value #MAX_SYLLABLE_LENGTH} letters) break sequences.
 *
 * <p>A learner is used by one thread; counts take memory in proportion to the distinct sequences
 * of the text.
 */
public final class CollocationLearner {

    private static final int MAX_IDS = 1 << 20;
    /** Longer tokens of letters are not syllables (runs of letters in URLs, foreign words). */
    public static final int MAX_SYLLABLE_LENGTH = 16;

    private final int minCount;
    private final double minScore;
    private final int maxLength;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> syllables = new ArrayList<>();
    private long[] unigramCounts = new long[1024];
    private final Map<Long, long[]> bigramCounts = new HashMap<>();
    private final Map<Long, long[]> trigramCounts = new HashMap<>();
    private long total;

    private CollocationLearner(Builder builder) {
        this.minCount = builder.minCount;
        this.minScore = builder.minScore;
        this.maxLength = builder.maxLength;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Counts one run of syllables, such as the words of a sentence between two punctuation marks. */
    public void add(List<? extends CharSequence> run) {
        int n = run.size();
        int[] runIds = new int[n];
        boolean[] joinable = new boolean[n];
        for (int i = 0; i < n; i++) {
            CharSequence syllable = run.get(i);
            boolean letters = isLetters(syllable);
            runIds[i] = letters ? id(syllable) : -1;
            joinable[i] = letters && runIds[i] < MAX_IDS && (i == 0 || !Character.isUpperCase(Character.codePointAt(syllable, 0)));
            if (runIds[i] >= 0) {
                unigramCounts[runIds[i]]++;
                total++;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            if (!joinable[i] || !joinable[i + 1]) {
                continue;
            }
            increment(bigramCounts, pack(runIds[i], runIds[i + 1]));
            if (maxLength >= 3 && i + 2 < n && joinable[i + 2]) {
                increment(trigramCounts, pack(runIds[i], runIds[i + 1], runIds[i + 2]));
            }
        }
    }

    /** The words learned from what was added so far, strongest first. */
    public List<LearnedWord> learn() {
        List<LearnedWord> learned = new ArrayList<>();
        for (Map.Entry<Long, long[]> entry : bigramCounts.entrySet()) {
            long count = entry.getValue()[0];
            if (count < minCount) {
                continue;
            }
            int a = (int) (entry.getKey() >>> 20);
            int b = (int) (entry.getKey() & (MAX_IDS - 1));
            double scp = (double) count * count / ((double) unigramCounts[a] * unigramCounts[b]);
            if (scp >= minScore) {
                learned.add(new LearnedWord(syllables.get(a) + " " + syllables.get(b), count, scp));
            }
        }
        for (Map.Entry<Long, long[]> entry : trigramCounts.entrySet()) {
            long count = entry.getValue()[0];
            if (count < minCount) {
                continue;
            }
            long key = entry.getKey();
            int a = (int) (key >>> 40);
            int b = (int) ((key >>> 20) & (MAX_IDS - 1));
            int c = (int) (key & (MAX_IDS - 1));
            long ab = bigramCount(a, b);
            long bc = bigramCount(b, c);
            double mean = ((double) unigramCounts[a] * bc + (double) ab * unigramCounts[c]) / 2;
            double scp = (double) count * count / mean;
            if (scp >= minScore) {
                learned.add(new LearnedWord(syllables.get(a) + " " + syllables.get(b) + " " + syllables.get(c), count, scp));
            }
        }
        learned.sort(Comparator.comparingDouble(LearnedWord::score).reversed().thenComparing(LearnedWord::word));
        return learned;
    }

    /** How many times the two syllables occur in a row, in lower case; 0 if never or unknown. */
    public long count(CharSequence first, CharSequence second) {
        Integer a = ids.get(key(first));
        Integer b = ids.get(key(second));
        return a == null || b == null ? 0 : bigramCount(a, b);
    }

    /** How many times the syllable occurs, in lower case. */
    public long count(CharSequence syllable) {
        Integer id = ids.get(key(syllable));
        return id == null ? 0 : unigramCounts[id];
    }

    /** The number of syllables counted. */
    public long total() {
        return total;
    }

    /**
     * Writes learned words in the lexicon format, the score after a tab, so that
     * {@link Lexicon.Builder#read(java.nio.file.Path, Lexicon.Source)} reads them back.
     */
    public static void write(List<LearnedWord> learned, Writer out) throws IOException {
        out.write("# Words learned from raw text by CollocationLearner: word, tab, symmetric conditional probability.\n");
        for (LearnedWord word : learned) {
            out.write(word.word());
            out.write('\t');
            out.write(String.format(Locale.ROOT, "%.6f", word.score()));
            out.write('\n');
        }
    }

    private long bigramCount(int a, int b) {
        long[] count = bigramCounts.get(pack(a, b));
        return count == null ? 0 : count[0];
    }

    private int id(CharSequence syllable) {
        String key = key(syllable);
        Integer id = ids.get(key);
        if (id == null) {
            id = syllables.size();
            ids.put(key, id);
            syllables.add(key);
            if (id == unigramCounts.length) {
                unigramCounts = java.util.Arrays.copyOf(unigramCounts, id * 2);
            }
        }
        return id;
    }

    private static String key(CharSequence syllable) {
        return Normalizer.normalize(syllable, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static boolean isLetters(CharSequence syllable) {
        if (syllable.length() == 0 || syllable.length() > MAX_SYLLABLE_LENGTH) {
            return false;
        }
        for (int i = 0; i < syllable.length(); ) {
            int c = Character.codePointAt(syllable, i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (!Character.isLetter(c) && type != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static void increment(Map<Long, long[]> counts, long key) {
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
    }

    private static long pack(int a, int b) {
        return ((long) a << 20) | b;
    }

    private static long pack(int a, int b, int c) {
        return ((long) a << 40) | ((long) b << 20) | c;
    }

    public static final class Builder {

        private int minCount = 2;
        private double minScore = 0.3;
        private int maxLength = 2;

        private Builder() {
        }

        /** The fewest occurrences of a sequence for it to be learned; 1 or more, default 2. */
        public Builder minCount(int minCount) {
            if (minCount < 1) {
                throw new IllegalArgumentException("minCount must be 1 or more: " + minCount);
            }
            this.minCount = minCount;
            return this;
        }

        /** The lowest symmetric conditional probability of a learned word, in (0, 1]; default 0.3. */
        public Builder minScore(double minScore) {
            if (!(minScore > 0 && minScore <= 1)) {
                throw new IllegalArgumentException("minScore must be in (0, 1]: " + minScore);
            }
            this.minScore = minScore;
            return this;
        }

        /** The longest words learned, 2 or 3 syllables; default 2. */
        public Builder maxLength(int maxLength) {
            if (maxLength < 2 || maxLength > 3) {
                throw new IllegalArgumentException("maxLength must be 2 or 3: " + maxLength);
            }
            this.maxLength = maxLength;
            return this;
        }

        public CollocationLearner build() {
            return new CollocationLearner(this);
        }
    }
}
