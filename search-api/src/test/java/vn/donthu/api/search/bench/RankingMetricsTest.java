package vn.donthu.api.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** nDCG and recall on judged sets small enough to work out by hand. */
class RankingMetricsTest {

    /** Two letters the query is after (a, d) and one partly relevant (c). */
    private static final Map<String, Integer> GRADES = Map.of("a", 2, "c", 1, "d", 2);

    @Test
    void theIdealOrderScoresOne() {
        assertThat(RankingMetrics.ndcg(List.of("a", "d", "c", "x"), GRADES, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.recall(List.of("a", "d", "c", "x"), GRADES, 50)).isEqualTo(1.0);
    }

    @Test
    void aMissedLetterAndAPartlyRelevantOneCountAsWorkedOut() {
        // DCG = (2²-1)/log2(2) + 0/log2(3) + (2¹-1)/log2(4) = 3 + 0.5; ideal = 3 + 3/log2(3) + 0.5
        double ideal = 3 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
        assertThat(RankingMetrics.ndcg(List.of("a", "x", "c"), GRADES, 10)).isCloseTo(3.5 / ideal, within(1e-9));
        assertThat(RankingMetrics.recall(List.of("a", "x", "c"), GRADES, 50)).isEqualTo(0.5);
    }

    @Test
    void onlyTheFirstKResultsCount() {
        assertThat(RankingMetrics.ndcg(List.of("x", "y", "a", "d"), GRADES, 2)).isEqualTo(0.0);
        assertThat(RankingMetrics.recall(List.of("x", "a", "d"), GRADES, 2)).isEqualTo(0.5);
    }

    @Test
    void recallIsOutOfAtMostKLetters() {
        Map<String, Integer> many = Map.of("a", 2, "b", 2, "c", 2, "d", 2);
        assertThat(RankingMetrics.recall(List.of("a", "b"), many, 2)).isEqualTo(1.0);
    }

    @Test
    void aQueryWithoutRelevantLettersIsRefused() {
        assertThatThrownBy(() -> RankingMetrics.ndcg(List.of("a"), Map.of("a", 0), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.recall(List.of("a"), Map.of("a", 1), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
