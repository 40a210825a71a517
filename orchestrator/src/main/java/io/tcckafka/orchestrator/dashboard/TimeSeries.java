package io.tcckafka.orchestrator.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.TransferStatus;

/**
 * Throughput and end-to-end latency of finished transfers in consecutive time buckets: {@code committedPerSecond}
 * and {@code abortedPerSecond}, and the p50, p95 and max latency (accepted to committed or aborted) of the
 * transfers that finished in the bucket, null when none did.
 */
record TimeSeries(Instant from, long bucketSeconds, List<Point> points) {

    record Point(Instant start, double committedPerSecond, double abortedPerSecond, Double p50Millis,
            Double p95Millis, Double maxMillis) {
    }

    static TimeSeries of(Instant from, Duration bucket, int buckets, List<FinishedTransfers> rows) {
        long[] committed = new long[buckets];
        long[] aborted = new long[buckets];
        List<LatencyHistogram> latencies = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            latencies.add(new LatencyHistogram());
        }
        for (FinishedTransfers row : rows) {
            if (row.bucket() < 0 || row.bucket() >= buckets) {
                continue;
            }
            long[] counts = row.status() == TransferStatus.COMMITTED ? committed : aborted;
            counts[row.bucket()] += row.transfers();
            latencies.get(row.bucket()).add(row.latencyClass(), row.transfers(), row.maxMillis());
        }
        double seconds = bucket.toMillis() / 1000.0;
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            LatencyHistogram latency = latencies.get(i);
            points.add(new Point(from.plus(bucket.multipliedBy(i)), committed[i] / seconds, aborted[i] / seconds,
                    latency.isEmpty() ? null : latency.percentileMillis(0.50),
                    latency.isEmpty() ? null : latency.percentileMillis(0.95),
                    latency.isEmpty() ? null : latency.maxMillis()));
        }
        return new TimeSeries(from, bucket.toSeconds(), points);
    }
}
