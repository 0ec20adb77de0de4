package vn.donthu.api.search.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static final long MS = 1_000_000;

    @Test
    void percentilesAreNearestRankOverTheRequestsInAnyOrder() {
        // 1..100 ms shuffled: the p-th percentile of 100 requests is the p-th fastest.
        long[] nanos = LongStream.rangeClosed(1, 100).map(i -> ((i * 37) % 100 + 1) * MS).toArray();
        Latencies latencies = Latencies.of(nanos, 4.0);

        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(95)).isEqualTo(95.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(latencies.perSecond()).isEqualTo(25.0);
    }

    @Test
    void aFewRequestsRoundUpToTheSlowerOne() {
        Latencies three = Latencies.of(new long[] {30 * MS, 10 * MS, 20 * MS}, 1.0);

        assertThat(three.percentileMillis(50)).isEqualTo(20.0);
        assertThat(three.percentileMillis(95)).isEqualTo(30.0);
        assertThat(three.percentileMillis(1)).isEqualTo(10.0);
    }

    @Test
    void theRatioIsTheApiOverTheDirectBaselineAtTheSamePercentile() {
        Latencies api = Latencies.of(new long[] {12 * MS, 24 * MS, 36 * MS, 60 * MS}, 1.0);
        Latencies direct = Latencies.of(new long[] {10 * MS, 20 * MS, 30 * MS, 40 * MS}, 1.0);

        assertThat(api.ratio(direct, 50)).isCloseTo(1.2, within(1e-9));
        assertThat(api.ratio(direct, 95)).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void noRequestsIsAnErrorNotAZero() {
        assertThatThrownBy(() -> Latencies.of(new long[0], 1.0).percentileMillis(50))
                .hasMessageContaining("no requests");
    }
}
