package io.tcckafka.orchestrator.dashboard;

import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void ratesArePerSecondAndLatencyCombinesBothOutcomesOfABucket() {
        TimeSeries series = TimeSeries.of(FROM, Duration.ofSeconds(10), 3, List.of(
                new FinishedTransfers(COMMITTED, 1, LatencyHistogram.classOf(40), 20, 41),
                new FinishedTransfers(ABORTED, 1, LatencyHistogram.classOf(5000), 5, 5001),
                new FinishedTransfers(COMMITTED, 2, LatencyHistogram.classOf(60), 10, 60)));

        assertThat(series.points()).extracting(TimeSeries.Point::start)
                .containsExactly(FROM, FROM.plusSeconds(10), FROM.plusSeconds(20));
        assertThat(series.points()).extracting(TimeSeries.Point::committedPerSecond).containsExactly(0.0, 2.0, 1.0);
        assertThat(series.points()).extracting(TimeSeries.Point::abortedPerSecond).containsExactly(0.0, 0.5, 0.0);
        TimeSeries.Point second = series.points().get(1);
        assertThat(second.p50Millis()).isBetween(40.0, 43.0);
        assertThat(second.p95Millis()).isBetween(5000.0, 5001.0);
        assertThat(second.maxMillis()).isEqualTo(5001.0);
    }

    @Test
    void aBucketWithoutFinishedTransfersHasNoLatencyAndRowsOutsideTheWindowAreIgnored() {
        TimeSeries series = TimeSeries.of(FROM, Duration.ofSeconds(5), 2, List.of(
                new FinishedTransfers(COMMITTED, 2, 10, 1, 1)));

        assertThat(series.points()).allSatisfy(point -> {
            assertThat(point.committedPerSecond()).isZero();
            assertThat(point.p50Millis()).isNull();
            assertThat(point.maxMillis()).isNull();
        });
    }
}
