package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void fillsWithTime() {
        assertThat(ProgressLine.render("tcc", 15, 30, "sent 9")).isEqualTo(
                "[tcc] " + "#".repeat(15) + "-".repeat(15) + " 15/30 s  sent 9");
    }
}
