package io.tcckafka.participant.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionBoundTest {

    @ParameterizedTest(name = "barrier {0}, command lifetime {1} -> safe {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # barrier retention | command record lifetime | safe
            P8D,                  PT169H,                   true
            P8D,                  P8D,                      false
            P7D,                  PT169H,                   false
            P8D,                  P14D,                     false
            P365D,                -,                        false
            PT5S,                 PT3S,                     true
            """)
    void purgingIsSafeOnlyWhenTheBarrierOutlivesEveryCommandRecord(Duration barrier, Duration lifetime,
            boolean safe) {
        Optional<String> violation = RetentionBound.violation(barrier, Optional.ofNullable(lifetime), "topic t");
        assertThat(violation.isEmpty()).isEqualTo(safe);
        violation.ifPresent(message -> assertThat(message)
                .contains("tcc.bank.barrier-retention", "--command-retention", "topic t"));
    }
}
