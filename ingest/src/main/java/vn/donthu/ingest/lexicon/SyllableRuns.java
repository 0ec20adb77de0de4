package vn.donthu.ingest.lexicon;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.donthu.analysis.VietnameseTokenizer;

/**
 * Cuts a text into runs of syllables that may form words: the same runs the word filter segments,
 * syllables separated by exactly one space or line break, broken by punctuation, numbers and codes.
 */
final class SyllableRuns {

    private final VietnameseTokenizer tokenizer = new VietnameseTokenizer();
    private final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = tokenizer.addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = tokenizer.addAttribute(TypeAttribute.class);

    void forEachRun(String text, Consumer<List<String>> action) {
        try {
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            List<String> run = new ArrayList<>();
            int previousEnd = -1;
            while (tokenizer.incrementToken()) {
                boolean syllable = VietnameseTokenizer.SYLLABLE.equals(type.type());
                if (!syllable || offsets.startOffset() != previousEnd + 1) {
                    emit(run, action);
                }
                if (syllable) {
                    run.add(term.toString());
                }
                previousEnd = offsets.endOffset();
            }
            emit(run, action);
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                tokenizer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void emit(List<String> run, Consumer<List<String>> action) {
        if (run.size() > 1) {
            action.accept(List.copyOf(run));
        }
        run.clear();
    }
}
