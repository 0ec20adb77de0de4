package vn.donthu.analysis.segment;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Measures word segmentation against the UD Vietnamese VTB treebank: word-boundary precision,
 * recall and F1 on its dev split, and segmentation speed.
 *
 * <p>Usage: {@code SegmentationBenchmark <directory with *-train.conllu and *-dev.conllu>}.
 *
 * <p>The treebank's words are FORM tokens with spaces between their syllables. Each sentence is
 * turned into the syllables a tokenizer would give, with the gold boundaries removed: its words'
 * syllables one after another, except that a number written with a decimal or thousands
 * separator ("25 . 000", "3, 5"), which the treebank splits at its separator, is one token, as
 * donthu's tokenizer gives "25.000". A dash between numbers ("21 - 3", "35 - 52 tấn") stays a
 * token of its own: the treebank mostly cuts dates and ranges there (on its train split, 11 of
 * the 17 "N - N"). Punctuation splits a sentence into runs, as it splits the token stream that
 * {@code VietnameseWordFilter} joins words in, and each run is segmented on its own. A predicted
 * word counts as correct when it has exactly the syllables of a gold word; precision, recall and
 * F1 are over all words, punctuation included.
 *
 * <p>Three configurations are measured: every syllable a word; greedy longest matching with the
 * shipped lexicon alone; and the shipped configuration, {@link WordSegmenter} over the shipped
 * lexicon plus the words {@link CollocationLearner} learns from the raw text (train and dev, gold
 * boundaries removed, nothing else). The treebank's gold segmentation is read for scoring only.
 */
public final class SegmentationBenchmark {

    /** A gold sentence: its syllables, and its words as [start, end) syllable spans. */
    record Sentence(List<String> syllables, List<int[]> words) {
    }

    /** A token given to the segmenter, and the syllables [start, end) of the sentence it covers. */
    record Token(String text, int start, int end, boolean punctuation) {
    }

    /** Word-level counts. */
    record Score(long gold, long predicted, long correct) {

        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** What is measured: the words of a run of tokens, as syllable counts. */
    interface Segmenter {
        int[] segment(List<String> run, boolean startsSentence);
    }

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SegmentationBenchmark <directory with *-train.conllu and *-dev.conllu>");
            System.exit(2);
        }
        Path directory = Path.of(args[0]);
        List<Sentence> train = read(find(directory, "-train.conllu"));
        List<Sentence> dev = read(find(directory, "-dev.conllu"));
        run(train, dev, System.out);
    }

    static void run(List<Sentence> train, List<Sentence> dev, PrintStream out) {
        out.printf(Locale.ROOT, "UD Vietnamese VTB: train %d sentences; dev %d sentences, %d syllables, %d words%n",
                train.size(), dev.size(), dev.stream().mapToInt(s -> s.syllables().size()).sum(),
                dev.stream().mapToInt(s -> s.words().size()).sum());

        Lexicon shipped = Lexicon.shipped();
        long learning = System.nanoTime();
        List<LearnedWord> learned = learn(train, dev);
        learning = System.nanoTime() - learning;
        Lexicon withLearned = Lexicon.builder().addAll(shipped).addLearned(learned).build();
        WordSegmenter segmenter = new WordSegmenter(withLearned);

        out.printf(Locale.ROOT, "shipped lexicon: %d words (authored)%n", shipped.size());
        out.printf(Locale.ROOT, "learned: %d words from the raw text of train and dev, gold boundaries removed (%d ms)%n",
                learned.size(), learning / 1_000_000);
        out.println();
        out.println("Word segmentation on the dev split (a word is right when both its boundaries are)");
        out.println("                                       precision  recall  F1");
        print(out, "every syllable a word", evaluate(dev, (run, startsSentence) -> ones(run.size())));
        print(out, "greedy longest match, shipped lexicon", evaluate(dev, (run, startsSentence) -> longestMatch(shipped, run)));
        print(out, "WordSegmenter, shipped lexicon only", evaluate(dev, new WordSegmenter(shipped)::segment));
        print(out, "shipped configuration", evaluate(dev, segmenter::segment));
        out.println("  (shipped configuration: WordSegmenter over the shipped lexicon and the learned words)");
        out.println();
        out.printf(Locale.ROOT, "train split, on which rules and thresholds were tuned: shipped configuration F1 %.4f%n",
                evaluate(train, segmenter::segment).f1());
        out.printf(Locale.ROOT, "speed: %,.0f syllables/s (shipped configuration, one thread, dev runs, CPU time of the thread)%n", speed(dev, segmenter));
    }

    private static void print(PrintStream out, String name, Score score) {
        out.printf(Locale.ROOT, "  %-37s %.4f     %.4f  %.4f%n", name, score.precision(), score.recall(), score.f1());
    }

    /** Learns words from the raw text of both splits: their runs of syllables, no boundaries. */
    static List<LearnedWord> learn(List<Sentence> train, List<Sentence> dev) {
        CollocationLearner learner = CollocationLearner.builder().build();
        for (List<Sentence> split : List.of(train, dev)) {
            for (Sentence sentence : split) {
                for (List<Token> run : runs(tokens(sentence))) {
                    learner.add(texts(run));
                }
            }
        }
        return learner.learn();
    }

    static Score evaluate(List<Sentence> sentences, Segmenter segmenter) {
        long gold = 0;
        long predicted = 0;
        long correct = 0;
        for (Sentence sentence : sentences) {
            Set<Long> goldSpans = new HashSet<>();
            for (int[] word : sentence.words()) {
                goldSpans.add(span(word[0], word[1]));
            }
            List<Long> predictedSpans = new ArrayList<>();
            List<Token> tokens = tokens(sentence);
            boolean first = true;
            for (List<Token> run : runs(tokens)) {
                int at = 0;
                boolean startsSentence = first;
                first = false;
                for (int length : segmenter.segment(texts(run), startsSentence)) {
                    predictedSpans.add(span(run.get(at).start(), run.get(at + length - 1).end()));
                    at += length;
                }
            }
            gold += goldSpans.size();
            predicted += predictedSpans.size();
            for (long span : predictedSpans) {
                if (goldSpans.contains(span)) {
                    correct++;
                }
            }
        }
        return new Score(gold, predicted, correct);
    }

    /**
     * Syllables per second through a {@link WordSegmenter.Session}, as the token filter uses it:
     * each run's syllables in one char buffer.
     */
    private static double speed(List<Sentence> sentences, WordSegmenter segmenter) {
        List<char[]> texts = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<int[]> ends = new ArrayList<>();
        long syllables = 0;
        for (Sentence sentence : sentences) {
            for (List<Token> run : runs(tokens(sentence))) {
                StringBuilder text = new StringBuilder();
                int[] runStarts = new int[run.size()];
                int[] runEnds = new int[run.size()];
                for (int i = 0; i < run.size(); i++) {
                    runStarts[i] = text.length();
                    text.append(run.get(i).text());
                    runEnds[i] = text.length();
                }
                texts.add(text.toString().toCharArray());
                starts.add(runStarts);
                ends.add(runEnds);
                syllables += run.size();
            }
        }
        WordSegmenter.Session session = segmenter.newSession();
        int[] lengths = new int[texts.stream().mapToInt(t -> t.length).max().orElse(0) + 1];
        long sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            for (int r = 0; r < texts.size(); r++) {
                sink += session.segment(texts.get(r), starts.get(r), ends.get(r), starts.get(r).length, false, lengths);
            }
        }
        // CPU time, not the clock: on a shared machine the thread also waits for a core.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        long done = 0;
        int rounds = 0;
        while (threads.getCurrentThreadCpuTime() - start < 2_000_000_000L || rounds < 3) {
            for (int r = 0; r < texts.size(); r++) {
                sink += session.segment(texts.get(r), starts.get(r), ends.get(r), starts.get(r).length, false, lengths);
            }
            done += syllables;
            rounds++;
        }
        double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return done / seconds;
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static int[] ones(int n) {
        int[] lengths = new int[n];
        java.util.Arrays.fill(lengths, 1);
        return lengths;
    }

    /** Greedy longest matching, left to right, exact index of {@code lexicon}, no other rule. */
    static int[] longestMatch(Lexicon lexicon, List<String> syllables) {
        int n = syllables.size();
        char[] key = new char[SyllableKey.MAX_KEY_LENGTH];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            String s = syllables.get(i);
            ids[i] = lexicon.syllableId(SyllableKey.EXACT, s, 0, s.length(), key);
        }
        WordTrie trie = lexicon.trie(SyllableKey.EXACT);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < n; ) {
            int longest = 1;
            int node = WordTrie.ROOT;
            for (int j = i; j < n && ids[j] >= 0; j++) {
                node = trie.child(node, ids[j]);
                if (node == WordTrie.NONE) {
                    break;
                }
                if (j > i && trie.wordAt(node) != WordTrie.NONE) {
                    longest = j + 1 - i;
                }
            }
            lengths.add(longest);
            i += longest;
        }
        return lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The sentence's syllables as tokens: one per syllable, except that a number with separators
     * inside is one token, and a token made of punctuation is marked as such.
     */
    static List<Token> tokens(Sentence sentence) {
        List<String> syllables = sentence.syllables();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < syllables.size(); ) {
            if (hasDigit(syllables.get(i))) {
                int end = i + 1;
                // 25 . 000 | 3, 5 | 12 / 3: digits joined by separators, as one token.
                while (end < syllables.size()) {
                    if (hasDigit(syllables.get(end))) {
                        end++;
                    } else if (end + 1 < syllables.size() && isNumberSeparator(syllables.get(end)) && hasDigit(syllables.get(end + 1))) {
                        end += 2;
                    } else {
                        break;
                    }
                }
                tokens.add(new Token(String.join("", syllables.subList(i, end)), i, end, false));
                i = end;
            } else {
                String s = syllables.get(i);
                tokens.add(new Token(s, i, i + 1, isPunctuation(s)));
                i++;
            }
        }
        return tokens;
    }

    /** Runs of tokens between punctuation; each punctuation token is a run of its own. */
    static List<List<Token>> runs(List<Token> tokens) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token token : tokens) {
            if (token.punctuation()) {
                if (!current.isEmpty()) {
                    runs.add(current);
                    current = new ArrayList<>();
                }
                runs.add(List.of(token));
            } else {
                current.add(token);
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    static List<String> texts(List<Token> run) {
        List<String> texts = new ArrayList<>(run.size());
        for (Token token : run) {
            texts.add(token.text());
        }
        return texts;
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean isNumberSeparator(String s) {
        return s.equals(".") || s.equals(",") || s.equals("/") || s.equals(":");
    }

    private static boolean isPunctuation(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    static Path find(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
                    .orElseThrow(() -> new IOException("no *" + suffix + " in " + directory));
        }
    }

    /** Reads a CoNLL-U file: the FORM of each word line (not ranges or empty nodes). */
    static List<Sentence> read(Path conllu) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<String> syllables = new ArrayList<>();
        List<int[]> words = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                if (!words.isEmpty()) {
                    sentences.add(new Sentence(List.copyOf(syllables), List.copyOf(words)));
                    syllables.clear();
                    words.clear();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length < 2 || !columns[0].chars().allMatch(Character::isDigit)) {
                continue;
            }
            int start = syllables.size();
            for (String syllable : columns[1].trim().split(" +")) {
                syllables.add(syllable);
            }
            words.add(new int[] {start, syllables.size()});
        }
        if (!words.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(syllables), List.copyOf(words)));
        }
        return sentences;
    }
}
