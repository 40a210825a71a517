package io.tcckafka.launcher.load;

import java.time.Duration;

/**
 * When each request of an open-loop run is due, whatever happened to the ones before: during the ramp (the warm-up)
 * the rate rises evenly from 0 to {@code rate}, so that cold JVMs are not flooded with a backlog they then never work
 * off; after it, the i-th request is due every {@code 1 / rate}. Latency is measured from that intended time, so a
 * stalled sender shows as latency (no coordinated omission).
 */
record OpenLoopSchedule(long startNanos, double rate, double rampSeconds) {

    static OpenLoopSchedule perSecond(long startNanos, double rate, Duration ramp) {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        return new OpenLoopSchedule(startNanos, rate, ramp.toNanos() / 1e9);
    }

    long dueAt(long index) {
        double sentInRamp = rate * rampSeconds / 2;
        double seconds = index < sentInRamp ? Math.sqrt(2 * index * rampSeconds / rate)
                : rampSeconds + (index - sentInRamp) / rate;
        return startNanos + Math.round(seconds * 1e9);
    }
}
