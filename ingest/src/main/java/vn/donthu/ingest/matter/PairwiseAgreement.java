package vn.donthu.ingest.matter;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise precision and recall of "same matter": of the letter pairs put in one matter, how many
 * truly belong together, and of the pairs that belong together, how many were put in one matter.
 */
record PairwiseAgreement(long truePairs, long predictedPairs, long agreedPairs) {

    /** Compares the predicted matter of each letter with its true matter (both by letter id). */
    static PairwiseAgreement of(Map<String, String> truth, Map<String, String> predicted) {
        Map<String, Long> truthSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> bothSizes = new HashMap<>();
        predicted.forEach((letter, matter) -> {
            String trueMatter = truth.get(letter);
            if (trueMatter == null) {
                throw new IllegalArgumentException("no true matter for letter " + letter);
            }
            truthSizes.merge(trueMatter, 1L, Long::sum);
            predictedSizes.merge(matter, 1L, Long::sum);
            bothSizes.merge(trueMatter + "\u0000" + matter, 1L, Long::sum);
        });
        return new PairwiseAgreement(pairs(truthSizes), pairs(predictedSizes), pairs(bothSizes));
    }

    private static long pairs(Map<String, Long> sizes) {
        return sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    double precision() {
        return predictedPairs == 0 ? 1 : agreedPairs / (double) predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1 : agreedPairs / (double) truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
