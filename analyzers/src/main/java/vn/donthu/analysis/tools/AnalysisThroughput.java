package vn.donthu.analysis.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import vn.donthu.analysis.VietnameseAnalysis;
import vn.donthu.analysis.VietnameseAnalyzer;

/**
 * Syllables per second through each Vietnamese chain, single thread, beside Lucene's
 * StandardAnalyzer on the same text in the same run, so the ratio holds whatever the machine.
 */
final class AnalysisThroughput {

    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;

    private AnalysisThroughput() {
    }

    /** Returns syllables per second by chain name (median of the measured rounds). */
    static Map<String, Double> run(List<String> documents, long syllables, PrintStream out) {
        Map<String, Supplier<Analyzer>> chains = new LinkedHashMap<>();
        chains.put("StandardAnalyzer (baseline)", StandardAnalyzer::new);
        for (VietnameseAnalysis analysis : List.of(VietnameseAnalysis.SYLLABLES, VietnameseAnalysis.FOLDED, VietnameseAnalysis.WORDS)) {
            chains.put(analysis.elasticsearchName(), () -> new VietnameseAnalyzer(analysis));
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (Map.Entry<String, Supplier<Analyzer>> chain : chains.entrySet()) {
            try (Analyzer analyzer = chain.getValue().get()) {
                for (int i = 0; i < WARMUP_ROUNDS; i++) {
                    consume(analyzer, documents);
                }
                List<Double> measured = new ArrayList<>();
                for (int i = 0; i < MEASURED_ROUNDS; i++) {
                    long start = System.nanoTime();
                    consume(analyzer, documents);
                    measured.add(syllables / ((System.nanoTime() - start) / 1e9));
                }
                measured.sort(Double::compare);
                rates.put(chain.getKey(), measured.get(MEASURED_ROUNDS / 2));
            }
        }
        double baseline = rates.values().iterator().next();
        out.printf(Locale.ROOT, "Throughput, one thread, %,d syllables, median of %d rounds:%n", syllables, MEASURED_ROUNDS);
        rates.forEach((name, rate) -> out.printf(Locale.ROOT, "  %-30s %,12.0f syllables/s  %.2f× StandardAnalyzer%n",
                name, rate, rate / baseline));
        return rates;
    }

    private static long consume(Analyzer analyzer, List<String> documents) {
        long tokens = 0;
        try {
            for (String document : documents) {
                try (TokenStream stream = analyzer.tokenStream("text", document)) {
                    stream.reset();
                    while (stream.incrementToken()) {
                        tokens++;
                    }
                    stream.end();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
