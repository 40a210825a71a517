package io.tcckafka.participant.housekeeping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BarrierBoundTest {

    @ParameterizedTest(name = "barrier {0}, command lifetime {1} -> safe {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # barrier retention | command record lifetime | safe
            P8D,                  PT169H,                   true
            P7D,                  PT169H,                   false
            P365D,                -,                        false
            """)
    void theBarrierMustOutliveEveryCommandRecordAndTheMessageSaysWhatToChange(Duration barrier, Duration lifetime,
            boolean safe) {
        Optional<String> violation = BarrierPurgeJob.bound(barrier).violation(Optional.ofNullable(lifetime), "topic t");
        assertThat(violation.isEmpty()).isEqualTo(safe);
        violation.ifPresent(message -> assertThat(message).contains("tcc.bank.barrier-retention", "--command-retention",
                "freeze money", "tcc.bank.purge-enabled=false", "topic t"));
    }
}
