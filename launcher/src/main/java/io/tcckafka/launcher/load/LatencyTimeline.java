package io.tcckafka.launcher.load;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * What finished, second by second from the start of the run: the latencies of the transfers that finished in each
 * second and how many committed. The measured window (after the warm-up) also feeds one histogram of its own.
 * Not thread-safe: one consumer thread records.
 */
public final class LatencyTimeline {

    /** One second of the run. */
    public record Second(int second, long committed, long finished, double p50Ms, double p99Ms, double maxMs) {
    }

    private final long startNanos;
    private final long measureFromNanos;
    private final long measureUntilNanos;
    private final List<Histogram> perSecond = new ArrayList<>();
    private final List<long[]> committedPerSecond = new ArrayList<>();
    private final Histogram measured = LatencySummary.newHistogram();
    private long measuredCommitted;
    private long measuredFinished;

    public LatencyTimeline(long startNanos, long measureFromNanos, long measureUntilNanos) {
        this.startNanos = startNanos;
        this.measureFromNanos = measureFromNanos;
        this.measureUntilNanos = measureUntilNanos;
    }

    /**
     * @param sentNanos    when the request was produced (open loop: when it was due)
     * @param finishedNanos when its terminal event was consumed
     */
    public void record(long sentNanos, long finishedNanos, boolean committed) {
        long micros = Math.max(0, (finishedNanos - sentNanos) / 1000);
        int second = (int) Math.max(0, (finishedNanos - startNanos) / 1_000_000_000L);
        while (perSecond.size() <= second) {
            perSecond.add(LatencySummary.newHistogram());
            committedPerSecond.add(new long[1]);
        }
        perSecond.get(second).recordValue(Math.min(micros, measured.getHighestTrackableValue()));
        if (committed) {
            committedPerSecond.get(second)[0]++;
        }
        if (sentNanos >= measureFromNanos && sentNanos < measureUntilNanos) {
            measured.recordValue(Math.min(micros, measured.getHighestTrackableValue()));
        }
        if (finishedNanos >= measureFromNanos && finishedNanos < measureUntilNanos) {
            measuredFinished++;
            if (committed) {
                measuredCommitted++;
            }
        }
    }

    /** Latencies of the requests sent in the measured window. */
    public LatencySummary measuredLatency() {
        return LatencySummary.of(measured);
    }

    /** Committed transfers per second whose terminal event arrived in the measured window. */
    public double committedPerSecond() {
        return measuredCommitted / measuredSeconds();
    }

    public double finishedPerSecond() {
        return measuredFinished / measuredSeconds();
    }

    public List<Second> seconds() {
        List<Second> seconds = new ArrayList<>();
        for (int i = 0; i < perSecond.size(); i++) {
            LatencySummary summary = LatencySummary.of(perSecond.get(i));
            seconds.add(new Second(i, committedPerSecond.get(i)[0], summary.count(), summary.p50Ms(),
                    summary.p99Ms(), summary.maxMs()));
        }
        return seconds;
    }

    int warmupSeconds() {
        return (int) ((measureFromNanos - startNanos) / 1_000_000_000L);
    }

    private double measuredSeconds() {
        return (measureUntilNanos - measureFromNanos) / 1e9;
    }
}
