package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

    @Test
    void spacesRequestsEvenlyFromTheStartWhateverHappenedBefore() {
        OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(5_000, 1000);

        assertThat(schedule.dueAt(0)).isEqualTo(5_000);
        assertThat(schedule.dueAt(1)).isEqualTo(5_000 + 1_000_000);
        assertThat(schedule.dueAt(1000)).isEqualTo(5_000 + 1_000_000_000L);
    }

    @Test
    void countsTheRequestsDueByAnInstant() {
        OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(0, 4);

        assertThat(schedule.dueBy(-1)).isZero();
        assertThat(schedule.dueBy(0)).isEqualTo(1);
        assertThat(schedule.dueBy(249_999_999)).isEqualTo(1);
        assertThat(schedule.dueBy(250_000_000)).isEqualTo(2);
        assertThat(schedule.dueBy(1_000_000_000)).isEqualTo(5);
    }

    @Test
    void refusesARateThatIsNotPositive() {
        assertThatThrownBy(() -> OpenLoopSchedule.perSecond(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
