package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailpointTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # armed as                      | name           | context contains | stall
                                            | ''             | ''               | null
            bank.after-commit               | bank.after-commit | ''            | null
            relay.before-send~CONFIRM       | relay.before-send | CONFIRM       | null
            bank.before-apply:stall=25s     | bank.before-apply | ''            | PT25S
            bank.before-apply~TRY:stall=2m  | bank.before-apply | TRY           | PT2M
            """)
    void parsesWhatTheSystemPropertySays(String armedAs, String name, String contextContains, Duration stall) {
        assertThat(Failpoint.Spec.parse(armedAs == null ? "" : armedAs))
                .isEqualTo(new Failpoint.Spec(name, contextContains, stall));
    }
}
