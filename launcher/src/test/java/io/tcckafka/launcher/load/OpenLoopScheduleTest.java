package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void spacesRequestsEvenlyFromTheStartWhateverHappenedBefore() {
        OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(5_000, 1000, Duration.ZERO);

        assertThat(schedule.dueAt(0)).isEqualTo(5_000);
        assertThat(schedule.dueAt(1)).isEqualTo(5_000 + 1_000_000);
        assertThat(schedule.dueAt(1000)).isEqualTo(5_000 + 1_000_000_000L);
    }

    @Test
    void rampsTheRateUpEvenlyDuringTheWarmUp() {
        // 10 s from 0 to 100/s: 500 requests in the ramp, the 100th at sqrt(2 * 100 * 10 / 100) = sqrt(20) s
        OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(0, 100, Duration.ofSeconds(10));

        assertThat(schedule.dueAt(0)).isZero();
        assertThat(schedule.dueAt(100)).isEqualTo(Math.round(Math.sqrt(20) * 1e9));
        assertThat(schedule.dueAt(500)).isEqualTo(10_000_000_000L);
        assertThat(schedule.dueAt(600)).isEqualTo(11_000_000_000L);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> OpenLoopSchedule.perSecond(0, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
