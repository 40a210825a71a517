package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetentionBoundTest {

    @ParameterizedTest(name = "kept for {0}, record lifetime {1} -> safe {2}")
    @CsvSource(nullValues = "-", textBlock = """
            # kept for | record lifetime | safe
            P8D,         PT169H,           true
            P8D,         P8D,              false
            P7D,         PT169H,           false
            P8D,         P14D,             false
            P365D,       -,                false
            PT5S,        PT3S,             true
            P30D,        P14D,             true
            """)
    void purgingIsSafeOnlyWhenTheRowsOutliveEveryRecordThatNeedsThem(Duration keptFor, Duration lifetime,
            boolean safe) {
        var bound = new RetentionBound("some.retention", keptFor, "a copy would do harm", "Raise some.retention.");
        Optional<String> violation = bound.violation(Optional.ofNullable(lifetime), "topic t");
        assertThat(violation.isEmpty()).isEqualTo(safe);
        violation.ifPresent(message -> assertThat(message)
                .contains("some.retention (" + keptFor + ")", "topic t", "a copy would do harm", "Raise some.retention."));
    }
}
