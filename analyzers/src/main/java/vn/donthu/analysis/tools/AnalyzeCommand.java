package vn.donthu.analysis.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/**
 * {@code ./donthu analyze}: shows what the analysis makes of text, one sentence per line on standard
 * input. By default each line comes back as written, with the syllables of every word joined by
 * underscores ("Tôi khiếu_nại quyết_định thu_hồi đất"); {@code --tokens} prints the token stream
 * of a chain instead, as Elasticsearch's {@code _analyze} would.
 */
public final class AnalyzeCommand {

    static final String USAGE = """
            Usage: ./donthu analyze [--tokens] [--analyzer NAME] < sentences.txt

            Reads text on standard input, one sentence per line, and prints it segmented into words
            (syllables of a word joined by underscores), or with --tokens the token stream:
            term, start-end offsets, type, position.

              --analyzer NAME   the chain for --tokens: %s (default vietnamese_words)
            """;

    private AnalyzeCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out) throws IOException {
        boolean tokens = false;
        VietnameseAnalysis analysis = VietnameseAnalysis.WORDS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--tokens" -> tokens = true;
                case "--analyzer" -> {
                    if (++i == args.length) {
                        throw new IllegalArgumentException("--analyzer needs a name");
                    }
                    analysis = byName(args[i]);
                }
                case "--help", "-h" -> {
                    out.print(usage());
                    return 0;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n\n" + usage());
            }
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (Analyzer analyzer = new VietnameseAnalyzer(tokens ? analysis : VietnameseAnalysis.WORDS)) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (tokens) {
                    printTokens(analyzer, line, out);
                } else {
                    out.println(segmented(analyzer, line));
                }
            }
        }
        out.flush();
        return 0;
    }

    /** The line as written, with each multi-syllable word's inner spaces turned into underscores. */
    static String segmented(Analyzer analyzer, String line) throws IOException {
        StringBuilder result = new StringBuilder(line);
        try (TokenStream stream = analyzer.tokenStream("text", line)) {
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.toString().indexOf('_') < 0) {
                    continue;
                }
                for (int i = offsets.startOffset(); i < offsets.endOffset(); i++) {
                    if (Character.isWhitespace(result.charAt(i))) {
                        result.setCharAt(i, '_');
                    }
                }
            }
            stream.end();
        }
        return result.toString();
    }

    private static void printTokens(Analyzer analyzer, String line, PrintStream out) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("text", line)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                out.printf(Locale.ROOT, "%-24s %5d-%-5d %-12s pos %d%s%n", term, offsets.startOffset(), offsets.endOffset(),
                        type.type(), position, length.getPositionLength() > 1 ? " len " + length.getPositionLength() : "");
            }
            stream.end();
        }
        out.println();
    }

    private static VietnameseAnalysis byName(String name) {
        return Arrays.stream(VietnameseAnalysis.values()).filter(a -> a.elasticsearchName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no analyzer named '" + name + "'; choose one of " + names()));
    }

    private static String names() {
        return String.join(", ", Arrays.stream(VietnameseAnalysis.values()).map(VietnameseAnalysis::elasticsearchName).toList());
    }

    private static String usage() {
        return USAGE.formatted(names());
    }
}
