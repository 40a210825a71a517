package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyTimelineTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    /** Warm-up is the first 2 s, the measured window the 4 s after it. */
    private final LatencyTimeline timeline = new LatencyTimeline(0, 2 * SECOND, 6 * SECOND);

    @Test
    void leavesTheWarmupOutOfLatencyAndThroughput() {
        timeline.record(SECOND, SECOND + 900 * MS, true);
        timeline.record(3 * SECOND, 3 * SECOND + 10 * MS, true);
        timeline.record(4 * SECOND, 4 * SECOND + 20 * MS, true);
        timeline.record(5 * SECOND, 5 * SECOND + 30 * MS, false);

        assertThat(timeline.measuredLatency().count()).isEqualTo(3);
        assertThat(timeline.measuredLatency().maxMs()).isBetween(29.9, 30.1);
        assertThat(timeline.committedPerSecond()).isEqualTo(0.5);
        assertThat(timeline.finishedPerSecond()).isEqualTo(0.75);
    }

    @Test
    void bucketsEndingsByTheSecondTheyArrived() {
        timeline.record(0, 500 * MS, true);
        timeline.record(SECOND, 2 * SECOND + 100 * MS, true);
        timeline.record(2 * SECOND, 2 * SECOND + 200 * MS, false);

        assertThat(timeline.seconds()).extracting(LatencyTimeline.Second::committed).containsExactly(1L, 0L, 1L);
        assertThat(timeline.seconds()).extracting(LatencyTimeline.Second::finished).containsExactly(1L, 0L, 2L);
        assertThat(timeline.seconds().get(2).maxMs()).isBetween(1099.0, 1101.0);
        assertThat(timeline.warmupSeconds()).isEqualTo(2);
    }
}
