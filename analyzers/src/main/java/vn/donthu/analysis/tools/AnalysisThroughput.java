package vn.donthu.analysis.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>The machine this runs on is often shared, so time is the analysing thread's CPU time, not the
 * clock: a thread that waits for a core is not charged for it. Each round runs every chain once,
 * the baseline first, and a chain's ratio is taken against the baseline of the same round, so that
 * a busy spell weighs on both sides of a ratio alike. Rounds are repeated, untimed, until the
 * baseline, the quickest chain, has run for {@value #WARMUP_SECONDS} seconds, so that the JIT has
 * compiled it as fully as the slower Vietnamese chains; the figures are the medians of the
 * measured rounds.
 */
final class AnalysisThroughput {

    private static final double WARMUP_SECONDS = 2;
    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 7;

    private AnalysisThroughput() {
    }

    /** Returns syllables per CPU second by chain name (median of the measured rounds). */
    static Map<String, Double> run(List<String> documents, long syllables, PrintStream out) {
        Map<String, Supplier<Analyzer>> chains = new LinkedHashMap<>();
        chains.put("StandardAnalyzer (baseline)", StandardAnalyzer::new);
        for (VietnameseAnalysis analysis : List.of(VietnameseAnalysis.SYLLABLES, VietnameseAnalysis.FOLDED, VietnameseAnalysis.WORDS)) {
            chains.put(analysis.elasticsearchName(), () -> new VietnameseAnalyzer(analysis));
        }
        List<String> names = new ArrayList<>(chains.keySet());
        List<Analyzer> analyzers = new ArrayList<>();
        chains.values().forEach(chain -> analyzers.add(chain.get()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try {
            double baselineSeconds = 0;
            for (int round = 0; round < WARMUP_ROUNDS || baselineSeconds < WARMUP_SECONDS; round++) {
                for (int c = 0; c < analyzers.size(); c++) {
                    double seconds = cpuSeconds(threads, analyzers.get(c), documents);
                    baselineSeconds += c == 0 ? seconds : 0;
                }
            }
            double[][] rates = new double[analyzers.size()][MEASURED_ROUNDS];
            double[][] ratios = new double[analyzers.size()][MEASURED_ROUNDS];
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                for (int c = 0; c < analyzers.size(); c++) {
                    rates[c][round] = syllables / cpuSeconds(threads, analyzers.get(c), documents);
                    ratios[c][round] = rates[c][round] / rates[0][round];
                }
            }
            out.printf(Locale.ROOT, "Throughput, one thread, %,d syllables, median of %d rounds (CPU time of the thread):%n",
                    syllables, MEASURED_ROUNDS);
            Map<String, Double> medians = new LinkedHashMap<>();
            for (int c = 0; c < analyzers.size(); c++) {
                double rate = median(rates[c]);
                medians.put(names.get(c), rate);
                out.printf(Locale.ROOT, "  %-30s %,12.0f syllables/s  %.2f× StandardAnalyzer (rounds %.2f–%.2f)%n",
                        names.get(c), rate, median(ratios[c]), min(ratios[c]), max(ratios[c]));
            }
            return medians;
        } finally {
            analyzers.forEach(Analyzer::close);
        }
    }

    /** The CPU time the current thread spends analysing the documents once. */
    private static double cpuSeconds(ThreadMXBean threads, Analyzer analyzer, List<String> documents) {
        long start = threads.getCurrentThreadCpuTime();
        consume(analyzer, documents);
        return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
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
