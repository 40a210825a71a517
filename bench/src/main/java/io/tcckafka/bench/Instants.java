package io.tcckafka.bench;

import java.util.concurrent.locks.LockSupport;

/** Waiting for an instant of {@link System#nanoTime}, the clock every window of the benchmark is measured on. */
final class Instants {

    private Instants() {
    }

    /** Returns at {@code nanos} or after it, never before, even when the thread is woken early. */
    static void sleepUntil(long nanos) {
        for (long left = nanos - System.nanoTime(); left > 0; left = nanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
