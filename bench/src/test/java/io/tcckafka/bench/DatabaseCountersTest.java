package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseCountersTest {

    @Test
    void theWindowsDifferencePerCommittedTransfer() {
        Map<String, Long> before = Map.of("Questions", 1_000L, "Handler_write", 50L, "Handler_update", 10L,
                "Innodb_os_log_written", 1_000_000L);
        Map<String, Long> after = Map.of("Questions", 4_000L, "Handler_write", 1_250L, "Handler_update", 610L,
                "Handler_delete", 300L, "Innodb_os_log_written", 1_540_000L);

        DatabaseCounters.PerTransfer cost = DatabaseCounters.perTransfer(before, after, 300);

        assertThat(cost.statements()).isEqualTo(10.0);
        assertThat(cost.rowWrites()).isEqualTo(7.0);
        assertThat(cost.redoBytes()).isEqualTo(1_800L);
        assertThat(cost.counters()).containsEntry("Handler_write", 4.0).containsEntry("Handler_delete", 1.0)
                .containsEntry("Com_select", 0.0);
    }
}
