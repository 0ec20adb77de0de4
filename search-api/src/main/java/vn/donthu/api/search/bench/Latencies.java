package vn.donthu.api.search.bench;

import java.util.Arrays;

/** The latencies of one run, in nanoseconds, and the figures printed of them. */
record Latencies(long[] sortedNanos, double seconds) {

    static Latencies of(long[] nanos, double seconds) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted, seconds);
    }

    int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank percentile in milliseconds: the smallest latency at or above {@code p} percent of them. */
    double percentileMillis(double p) {
        if (sortedNanos.length == 0) {
            throw new IllegalStateException("no requests were measured");
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double perSecond() {
        return sortedNanos.length / seconds;
    }

    /** How many times slower this run is than {@code baseline} at percentile {@code p}. */
    double ratio(Latencies baseline, double p) {
        return percentileMillis(p) / baseline.percentileMillis(p);
    }
}
