package io.tcckafka.orchestrator.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LatencyHistogramTest {

    @ParameterizedTest
    @ValueSource(doubles = {0, 1, 7, 42, 250, 999, 12_345, 600_000})
    void aPercentileIsWithinSevenPercentOfTheLatencyItStandsFor(double millis) {
        var histogram = new LatencyHistogram();
        histogram.add(LatencyHistogram.classOf(millis), 1, 10 * millis + 1);

        assertThat(histogram.percentileMillis(0.5)).isGreaterThanOrEqualTo(millis)
                .isCloseTo(millis, within(0.07 * millis + 0.07));
    }

    @Test
    void percentilesCountRanksAcrossClassesAndNeverExceedTheMax() {
        var histogram = new LatencyHistogram();
        histogram.add(LatencyHistogram.classOf(10), 90, 10.4);
        histogram.add(LatencyHistogram.classOf(200), 9, 205);
        histogram.add(LatencyHistogram.classOf(3000), 1, 3000);

        assertThat(histogram.percentileMillis(0.50)).isCloseTo(10, within(0.7));
        assertThat(histogram.percentileMillis(0.95)).isCloseTo(200, within(14.0));
        assertThat(histogram.percentileMillis(1.0)).isEqualTo(3000);
        assertThat(histogram.maxMillis()).isEqualTo(3000);
    }

    @Test
    void theSqlRuleIsTheJavaRule() {
        assertThat(LatencyHistogram.classSql("ms")).isEqualTo("FLOOR(LN(1 + ms) * " + LatencyHistogram.CLASSES_PER_E + ")");
        assertThat(LatencyHistogram.classOf(Math.expm1(3.0))).isEqualTo(3 * LatencyHistogram.CLASSES_PER_E);
    }
}
