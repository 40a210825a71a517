package io.tcckafka.launcher.load;

import org.HdrHistogram.Histogram;

/** Percentiles of one histogram of latencies recorded in microseconds, reported in milliseconds. */
public record LatencySummary(long count, double meanMs, double p50Ms, double p95Ms, double p99Ms, double p999Ms,
        double maxMs) {

    public static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(micros.getTotalCount(), millis(micros.getMean()),
                millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getValueAtPercentile(99.9)),
                millis(micros.getMaxValue()));
    }

    public static Histogram newHistogram() {
        return new Histogram(60_000_000L, 3);
    }

    private static double millis(double micros) {
        return Math.round(micros) / 1000d;
    }
}
