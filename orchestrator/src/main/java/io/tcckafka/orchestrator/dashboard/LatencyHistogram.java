package io.tcckafka.orchestrator.dashboard;

import java.util.TreeMap;

/**
 * Latencies counted in logarithmic classes, so that the database can group them (MySQL has no percentile
 * function) and answer a bounded number of rows however many transfers finished. Class {@code c} holds the
 * latencies {@code ms} with {@code floor(ln(1 + ms) * CLASSES_PER_E) = c}: each class is about 6 % wide.
 */
final class LatencyHistogram {

    static final int CLASSES_PER_E = 16;

    /** The same rule as {@link #classOf}, as SQL over a latency in milliseconds. */
    static String classSql(String millisExpression) {
        return "FLOOR(LN(1 + " + millisExpression + ") * " + CLASSES_PER_E + ")";
    }

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;
    private double maxMillis;

    static int classOf(double millis) {
        return (int) Math.floor(Math.log1p(millis) * CLASSES_PER_E);
    }

    void add(int latencyClass, long transfers, double classMaxMillis) {
        counts.merge(latencyClass, transfers, Long::sum);
        total += transfers;
        maxMillis = Math.max(maxMillis, classMaxMillis);
    }

    boolean isEmpty() {
        return total == 0;
    }

    double maxMillis() {
        return maxMillis;
    }

    /** The upper bound of the class holding the {@code quantile}, never above the largest latency seen. */
    double percentileMillis(double quantile) {
        long rank = Math.max(1, (long) Math.ceil(quantile * total));
        long seen = 0;
        for (var entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return Math.min(maxMillis, Math.expm1((entry.getKey() + 1) / (double) CLASSES_PER_E));
            }
        }
        return maxMillis;
    }
}
