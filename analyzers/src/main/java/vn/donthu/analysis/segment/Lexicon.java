package vn.donthu.analysis.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Words of two or more syllables, for {@link WordSegmenter}: the lexicon shipped with donthu, words
 * an operator adds from a file, and words {@link CollocationLearner} found in the indexed text.
 *
 * <p>File format, UTF-8: one word per line, its syllables separated by single spaces
 * ("khiếu nại"), optionally followed by a tab and a weight: a non-negative number that says how
 * strongly the syllables hold together, such as the score {@link CollocationLearner} gives a
 * learned word; {@link WordSegmenter} prefers words of higher weight where words overlap, and a
 * word listed twice keeps its highest weight. {@code #} starts a comment, to the end of the line;
 * blank lines are skipped.
 * Words are stored in lower case NFC. An entry that is not two to {@value #MAX_SYLLABLES} syllables
 * of letters and digits is rejected with its text and line number.
 *
 * <p>Lookups go through two indexes of the same words: one by exact spelling (case, and old or new
 * tone placement, do not matter) and one with every diacritic folded away, for text typed without
 * them. An instance is immutable and safe to share between threads.
 */
public final class Lexicon {

    /** Where a word comes from; a word may come from several. */
    public enum Source {
        /** The lexicon shipped with donthu, {@value #SHIPPED_RESOURCE}. */
        SHIPPED,
        /** A file the operator supplies. */
        OPERATOR,
        /** Learned from the indexed text by {@link CollocationLearner}. */
        LEARNED;

        int bit() {
            return 1 << ordinal();
        }
    }

    /** Longer entries are rejected: no Vietnamese word is this long, and a typo could join a line. */
    public static final int MAX_SYLLABLES = 8;

    static final String SHIPPED_RESOURCE = "lexicon.txt";
    static final String OPERATOR_RESOURCE = "operator-lexicon.txt";
    static final String LEARNED_RESOURCE = "learned-lexicon.txt";

    private final String[] words;
    private final byte[] sources;
    private final float[] weights;
    private final byte[] lengths;
    private final SyllableTable exactSyllables;
    private final SyllableTable foldedSyllables;
    private final WordTrie exactTrie;
    private final WordTrie foldedTrie;

    private Lexicon(Builder builder) {
        int size = builder.words.size();
        this.words = builder.words.toArray(new String[0]);
        this.sources = Arrays.copyOf(builder.sources, size);
        this.weights = Arrays.copyOf(builder.weights, size);
        this.lengths = Arrays.copyOf(builder.lengths, size);
        this.exactSyllables = builder.exactSyllables;
        this.foldedSyllables = builder.foldedSyllables;
        this.exactTrie = builder.exactTrie;
        this.foldedTrie = builder.foldedTrie;
    }

    /** The lexicon shipped with donthu, read once and shared: it is immutable. */
    public static Lexicon shipped() {
        return ShippedHolder.SHIPPED;
    }

    /**
     * What this build of donthu segments with: the authored lexicon, plus the site's own words if
     * the build was given them ({@value #OPERATOR_RESOURCE}, written by an operator, and
     * {@value #LEARNED_RESOURCE}, learned from the indexed letters; see README.md).
     */
    public static Lexicon installed() {
        return InstalledHolder.INSTALLED;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number of distinct words. */
    public int size() {
        return words.length;
    }

    /** Whether {@code word}, syllables separated by spaces, is a word here (exact index). */
    public boolean contains(String word) {
        return find(word, SyllableKey.EXACT) != WordTrie.NONE;
    }

    /** Whether {@code word} is a word here once diacritics are folded away on both sides. */
    public boolean containsFolded(String word) {
        return find(word, SyllableKey.FOLDED) != WordTrie.NONE;
    }

    /** The sources of {@code word}, empty if it is not here. */
    public List<Source> sourcesOf(String word) {
        int index = find(word, SyllableKey.EXACT);
        List<Source> found = new ArrayList<>();
        if (index != WordTrie.NONE) {
            for (Source source : Source.values()) {
                if ((sources[index] & source.bit()) != 0) {
                    found.add(source);
                }
            }
        }
        return found;
    }

    /** Every word, in lower case NFC, syllables separated by spaces, in the order they were added. */
    public List<String> words() {
        return List.of(words);
    }

    private int find(String word, SyllableKey mode) {
        String[] syllables = Normalizer.normalize(word, Normalizer.Form.NFC).trim().split(" +");
        char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
        WordTrie trie = trie(mode);
        int node = WordTrie.ROOT;
        for (String syllable : syllables) {
            int id = syllableId(mode, syllable, 0, syllable.length(), key);
            if (id < 0) {
                return WordTrie.NONE;
            }
            node = trie.child(node, id);
            if (node == WordTrie.NONE) {
                return WordTrie.NONE;
            }
        }
        return trie.wordAt(node);
    }

    // What the segmenter walks.

    int syllableId(SyllableKey mode, CharSequence text, int start, int end, char[] key) {
        int length = mode.write(text, start, end, key);
        return (mode == SyllableKey.EXACT ? exactSyllables : foldedSyllables).find(key, length);
    }

    WordTrie trie(SyllableKey mode) {
        return mode == SyllableKey.EXACT ? exactTrie : foldedTrie;
    }

    boolean hasSource(int word, Source source) {
        return (sources[word] & source.bit()) != 0;
    }

    /** The word's weight, {@link Float#NaN} if it has none. */
    float weight(int word) {
        return weights[word];
    }

    int length(int word) {
        return lengths[word];
    }

    String word(int word) {
        return words[word];
    }

    /** Builds a lexicon; a builder is used by one thread. */
    public static final class Builder {

        private final List<String> words = new ArrayList<>();
        private byte[] sources = new byte[1024];
        private float[] weights = new float[1024];
        private byte[] lengths = new byte[1024];
        private final SyllableTable exactSyllables = new SyllableTable();
        private final SyllableTable foldedSyllables = new SyllableTable();
        private final WordTrie exactTrie = new WordTrie();
        private final WordTrie foldedTrie = new WordTrie();
        private final char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
        private final int[] path = new int[MAX_SYLLABLES];

        private Builder() {
        }

        /** Adds the lexicon shipped with donthu. */
        /** Adds a lexicon resource of this package if the build put one there. */
        public Builder addResourceIfPresent(String name, Source source) {
            InputStream in = Lexicon.class.getResourceAsStream(name);
            if (in == null) {
                return this;
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return read(reader, name, source);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public Builder addShipped() {
            if (Lexicon.class.getResource(SHIPPED_RESOURCE) == null) {
                throw new IllegalStateException("resource missing: " + SHIPPED_RESOURCE);
            }
            return addResourceIfPresent(SHIPPED_RESOURCE, Source.SHIPPED);
        }

        /** Adds the words of an operator's file. */
        public Builder read(Path file) throws IOException {
            return read(file, Source.OPERATOR);
        }

        /** Adds the words of a file, such as a learned word list ({@link Source#LEARNED}). */
        public Builder read(Path file, Source source) throws IOException {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return read(reader, file.toString(), source);
            }
        }

        /**
         * Adds the words read from {@code reader}, in the format described on {@link Lexicon}.
         *
         * @param name where the text comes from, for error messages
         * @throws LexiconFormatException on the first bad entry
         */
        public Builder read(Reader reader, String name, Source source) throws IOException {
            BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                int comment = line.indexOf('#');
                String content = comment >= 0 ? line.substring(0, comment) : line;
                if (content.isBlank()) {
                    continue;
                }
                String entry = content.strip();
                String text = entry;
                float weight = Float.NaN;
                int tab = entry.indexOf('\t');
                if (tab >= 0) {
                    text = entry.substring(0, tab).strip();
                    String weightText = entry.substring(tab + 1).strip();
                    try {
                        weight = Float.parseFloat(weightText);
                    } catch (NumberFormatException e) {
                        throw new LexiconFormatException(name, number, entry, "the weight after the tab is not a number");
                    }
                    if (!(weight >= 0) || Float.isInfinite(weight)) {
                        throw new LexiconFormatException(name, number, entry, "the weight must be a finite number, 0 or more");
                    }
                }
                String problem = problem(text);
                if (problem != null) {
                    throw new LexiconFormatException(name, number, entry, problem);
                }
                addValid(text, source, weight);
            }
            return this;
        }

        /**
         * Adds one word, syllables separated by single spaces.
         *
         * @throws IllegalArgumentException with the word if it is not two or more syllables
         */
        public Builder add(String word, Source source) {
            return add(word, source, Float.NaN);
        }

        /** Adds one word with a weight, such as the score a learned word was given. */
        public Builder add(String word, Source source, double weight) {
            String problem = problem(word);
            if (problem != null) {
                throw new IllegalArgumentException("bad lexicon entry [" + word + "]: " + problem);
            }
            if (!Double.isNaN(weight) && !(weight >= 0 && !Double.isInfinite(weight))) {
                throw new IllegalArgumentException("bad weight for [" + word + "]: " + weight);
            }
            addValid(word, source, (float) weight);
            return this;
        }

        /** Adds every word of {@code learned}, with its score as weight. */
        public Builder addLearned(List<LearnedWord> learned) {
            for (LearnedWord word : learned) {
                add(word.word(), Source.LEARNED, word.score());
            }
            return this;
        }

        /** Adds every word of another lexicon, with its sources and weights. */
        public Builder addAll(Lexicon other) {
            for (int i = 0; i < other.words.length; i++) {
                for (Source source : Source.values()) {
                    if (other.hasSource(i, source)) {
                        addValid(other.words[i], source, other.weights[i]);
                    }
                }
            }
            return this;
        }

        public Lexicon build() {
            return new Lexicon(this);
        }

        /** Why {@code text} is not a lexicon entry, or null if it is one. */
        private static String problem(String text) {
            if (text.isEmpty()) {
                return "empty";
            }
            if (text.startsWith(" ") || text.endsWith(" ")) {
                return "space at the start or end";
            }
            String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
            String[] syllables = normalized.split(" ", -1);
            if (syllables.length < 2) {
                return "a single syllable; the lexicon holds words of two or more";
            }
            if (syllables.length > MAX_SYLLABLES) {
                return "more than " + MAX_SYLLABLES + " syllables";
            }
            for (String syllable : syllables) {
                if (syllable.isEmpty()) {
                    return "syllables must be separated by single spaces";
                }
                if (syllable.length() >= SyllableKey.MAX_KEY_LENGTH - 1) {
                    return "syllable too long: " + syllable;
                }
                for (int i = 0; i < syllable.length(); ) {
                    int c = syllable.codePointAt(i);
                    i += Character.charCount(c);
                    int type = Character.getType(c);
                    if (!Character.isLetterOrDigit(c) && type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
                        return "syllables are letters and digits only, found " + describe(c);
                    }
                }
            }
            return null;
        }

        private static String describe(int c) {
            boolean invisible = Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT;
            return invisible ? String.format(Locale.ROOT, "U+%04X", c) : "'" + Character.toString(c) + "'";
        }

        private void addValid(String text, Source source, float weight) {
            String word = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
            String[] syllables = word.split(" ");
            int index = words.size();
            for (int i = 0; i < syllables.length; i++) {
                int length = SyllableKey.EXACT.write(syllables[i], 0, syllables[i].length(), key);
                path[i] = exactSyllables.add(key, length);
            }
            int existing = exactTrie.add(path, syllables.length, index);
            if (existing != index) {
                sources[existing] |= (byte) source.bit();
                if (!Float.isNaN(weight) && (Float.isNaN(weights[existing]) || weight > weights[existing])) {
                    weights[existing] = weight;
                }
                return;
            }
            if (index == sources.length) {
                sources = Arrays.copyOf(sources, index * 2);
                weights = Arrays.copyOf(weights, index * 2);
                lengths = Arrays.copyOf(lengths, index * 2);
            }
            words.add(word);
            sources[index] = (byte) source.bit();
            weights[index] = weight;
            lengths[index] = (byte) syllables.length;
            for (int i = 0; i < syllables.length; i++) {
                int length = SyllableKey.FOLDED.write(syllables[i], 0, syllables[i].length(), key);
                path[i] = foldedSyllables.add(key, length);
            }
            // Several words may fold to one path ("bán đất", "bạn đất"): the first one added marks it.
            foldedTrie.add(path, syllables.length, index);
        }
    }

    private static final class ShippedHolder {
        static final Lexicon SHIPPED = builder().addShipped().build();
    }

    private static final class InstalledHolder {
        static final Lexicon INSTALLED = builder().addShipped()
                .addResourceIfPresent(OPERATOR_RESOURCE, Source.OPERATOR)
                .addResourceIfPresent(LEARNED_RESOURCE, Source.LEARNED)
                .build();
    }
}
