package io.tcckafka.orchestrator.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntakeLimitTest {

    @ParameterizedTest(name = "max-trying {0}, {1} in Try -> reached {2}, room {3}")
    @CsvSource(textBlock = """
            # max | trying | reached | room
            0,      0,       false,    true
            0,      1000000, false,    true
            -1,     5,       false,    true
            1,      0,       false,    true
            1,      1,       true,     false
            2,      1,       false,    true
            2,      2,       true,     false
            1000,   750,     false,    true
            1000,   751,     false,    false
            1000,   999,     false,    false
            1000,   1000,    true,     false
            1000,   5000,    true,     false
            """)
    void stopsAtTheLimitAndReadsAgainAtThreeQuartersOfIt(int max, long trying, boolean reached, boolean room) {
        IntakeLimit limit = new IntakeLimit(max);
        assertThat(limit.isReached(trying)).isEqualTo(reached);
        assertThat(limit.hasRoom(trying)).isEqualTo(room);
    }
}
