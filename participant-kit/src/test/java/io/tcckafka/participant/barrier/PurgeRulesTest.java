package io.tcckafka.participant.barrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;

class PurgeRulesTest {

    private static final LocalDateTime CUTOFF = LocalDateTime.parse("2026-11-24T00:00:00");

    @ParameterizedTest(name = "[{0}] newest row {1}s from the cutoff -> end state {2}, purgeable {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # recorded                        | newest row vs cutoff (s) | end state | purgeable
            TRY=SUCCEEDED                     | -3600                    | false     | false
            TRY=SUCCEEDED                     | 3600                     | false     | false
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | -1                       | true      | true
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | 0                        | true      | false
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | 1                        | true      | false
            TRY=SUCCEEDED CANCEL=SUCCEEDED    | -1                       | true      | true
            TRY=SUCCEEDED CANCEL=SUCCEEDED    | 60                       | true      | false
            TRY=FAILED                        | -1                       | true      | true
            TRY=FAILED                        | 60                       | true      | false
            TRY=FAILED CANCEL=SUCCEEDED       | -1                       | true      | true
            -                                 | -1                       | false     | false
            """)
    void decides(String recorded, long newestSeconds, boolean endState, boolean purgeable) {
        Map<Phase, Outcome> outcomes = RecordedOutcomes.parse(recorded);
        assertThat(PurgeRules.isEndState(outcomes)).isEqualTo(endState);
        assertThat(PurgeRules.isPurgeable(outcomes, CUTOFF.plusSeconds(newestSeconds), CUTOFF)).isEqualTo(purgeable);
    }
}
