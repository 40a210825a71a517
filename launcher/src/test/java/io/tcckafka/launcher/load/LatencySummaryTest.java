package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void reportsPercentilesInMilliseconds() {
        Histogram micros = LatencySummary.newHistogram();
        for (int ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000L);
        }

        LatencySummary summary = LatencySummary.of(micros);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50Ms()).isCloseTo(500, within(1.0));
        assertThat(summary.p95Ms()).isCloseTo(950, within(1.0));
        assertThat(summary.p99Ms()).isCloseTo(990, within(1.0));
        assertThat(summary.p999Ms()).isCloseTo(999, within(1.0));
        assertThat(summary.maxMs()).isCloseTo(1000, within(1.0));
    }

    @Test
    void anEmptyHistogramIsAllZeros() {
        assertThat(LatencySummary.of(LatencySummary.newHistogram()))
                .isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0, 0));
    }
}
