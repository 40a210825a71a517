package io.tcckafka.bench;

/**
 * When each request of an open-loop run is due: the i-th at {@code start + i / rate}, whatever happened to the ones
 * before. Latency is measured from that intended time, so a stalled sender shows as latency (no coordinated
 * omission).
 */
record OpenLoopSchedule(long startNanos, long intervalNanos) {

    static OpenLoopSchedule perSecond(long startNanos, double rate) {
        if (rate <= 0) {
            throw new IllegalArgumentException("rate must be positive: " + rate);
        }
        return new OpenLoopSchedule(startNanos, Math.round(1_000_000_000d / rate));
    }

    long dueAt(long index) {
        return startNanos + index * intervalNanos;
    }

    /** How many requests are due by {@code nanos}: those with {@code dueAt(i) <= nanos}. */
    long dueBy(long nanos) {
        return nanos < startNanos ? 0 : (nanos - startNanos) / intervalNanos + 1;
    }
}
