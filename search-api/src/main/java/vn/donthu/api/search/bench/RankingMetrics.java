package vn.donthu.api.search.bench;

import java.util.List;
import java.util.Map;

/**
 * The two figures of a ranked list against graded judgments (grade 2 = what the query is after,
 * 1 = partly relevant, unjudged = 0).
 */
public final class RankingMetrics {

    private RankingMetrics() {
    }

    /**
     * nDCG@k with gain 2^grade − 1 and discount log2(rank + 1), against the ideal ordering of every
     * judged letter. A query without a relevant letter cannot be judged and is refused.
     */
    public static double ndcg(List<String> ranked, Map<String, Integer> grades, int k) {
        double ideal = dcg(grades.values().stream().sorted((a, b) -> b - a).toList(), k);
        if (ideal == 0) {
            throw new IllegalArgumentException("a judged query needs at least one relevant letter");
        }
        return dcg(ranked.stream().map(id -> grades.getOrDefault(id, 0)).toList(), k) / ideal;
    }

    /**
     * Recall@k of the letters of grade 2, out of at most k of them: a query with 80 fully relevant
     * letters that returns 50 of them in its first 50 has found all it could.
     */
    public static double recall(List<String> ranked, Map<String, Integer> grades, int k) {
        long relevant = grades.values().stream().filter(g -> g == 2).count();
        if (relevant == 0) {
            throw new IllegalArgumentException("a judged query needs at least one letter of grade 2");
        }
        long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) == 2).count();
        return found / (double) Math.min(relevant, k);
    }

    private static double dcg(List<Integer> gains, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, gains.size()); i++) {
            sum += (Math.pow(2, gains.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
