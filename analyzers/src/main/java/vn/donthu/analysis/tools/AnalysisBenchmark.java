package vn.donthu.analysis.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.donthu.analysis.segment.SegmentationBenchmark;

/**
 * {@code ./donthu bench analysis}: the figures of the Vietnamese analysis. Word segmentation
 * precision, recall and F1 on the UD Vietnamese VTB dev split ({@link SegmentationBenchmark}),
 * then the throughput of the analysis chains on the treebank's raw text next to StandardAnalyzer.
 */
public final class AnalysisBenchmark {

    /** The raw text is repeated up to this many syllables, so a round lasts long enough to time. */
    private static final long THROUGHPUT_SYLLABLES = 2_000_000;
    /** Sentences per document handed to an analyzer, about the length of a letter. */
    private static final int SENTENCES_PER_DOCUMENT = 20;

    private AnalysisBenchmark() {
    }

    public static void run(Path reference, PrintStream out) throws IOException {
        Path treebank = reference.resolve("ud-vietnamese-vtb");
        if (!Files.isDirectory(treebank)) {
            throw new IllegalArgumentException("the UD Vietnamese VTB treebank is not at " + treebank
                    + "; give the folder that holds ud-vietnamese-vtb/");
        }
        SegmentationBenchmark.main(new String[] {treebank.toString()});
        out.println();
        List<String> sentences = rawSentences(treebank.resolve("vi_vtb-ud-train.conllu"));
        List<String> documents = new ArrayList<>();
        long syllables = 0;
        while (syllables < THROUGHPUT_SYLLABLES) {
            for (int i = 0; i < sentences.size() && syllables < THROUGHPUT_SYLLABLES; i += SENTENCES_PER_DOCUMENT) {
                String document = String.join(" ", sentences.subList(i, Math.min(sentences.size(), i + SENTENCES_PER_DOCUMENT)));
                documents.add(document);
                syllables += syllables(document);
            }
        }
        AnalysisThroughput.run(documents, syllables, out);
    }

    /** The sentences of a CoNLL-U file as plain text (its {@code # text =} lines). */
    private static List<String> rawSentences(Path conllu) throws IOException {
        List<String> sentences = new ArrayList<>();
        for (String line : Files.readAllLines(conllu, StandardCharsets.UTF_8)) {
            if (line.startsWith("# text =")) {
                sentences.add(line.substring("# text =".length()).strip());
            }
        }
        return sentences;
    }

    /** Space-separated runs holding a letter: what a reader counts as syllables. */
    private static long syllables(String text) {
        long count = 0;
        for (String part : text.split(" ")) {
            if (part.codePoints().anyMatch(Character::isLetter)) {
                count++;
            }
        }
        return count;
    }
}
