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

    @ParameterizedTest(name = "[{0}] in journal {1}, newest row {2}s from the cutoff -> end state {3}, purgeable {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # recorded                        | in journal | newest row vs cutoff (s) | end state | purgeable
            TRY=SUCCEEDED                     | true       | -3600                    | false     | false
            TRY=SUCCEEDED                     | true       | 3600                     | false     | false
            TRY=SUCCEEDED                     | false      | -3600                    | false     | false
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | true       | -1                       | true      | false
            TRY=SUCCEEDED CANCEL=SUCCEEDED    | true       | -1                       | true      | false
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | false      | -1                       | true      | true
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | false      | 0                        | true      | false
            TRY=SUCCEEDED CONFIRM=SUCCEEDED   | false      | 1                        | true      | false
            TRY=SUCCEEDED CANCEL=SUCCEEDED    | false      | -1                       | true      | true
            TRY=SUCCEEDED CANCEL=SUCCEEDED    | false      | 60                       | true      | false
            TRY=FAILED                        | false      | -1                       | true      | true
            TRY=FAILED                        | false      | 60                       | true      | false
            TRY=FAILED CANCEL=SUCCEEDED       | false      | -1                       | true      | true
            TRY=FAILED CANCEL=SUCCEEDED       | false      | 1                        | true      | false
            -                                 | false      | -1                       | false     | false
            """)
    void decides(String recorded, boolean inJournal, long newestSeconds, boolean endState, boolean purgeable) {
        Map<Phase, Outcome> outcomes = RecordedOutcomes.parse(recorded);
        assertThat(PurgeRules.isEndState(outcomes)).isEqualTo(endState);
        assertThat(PurgeRules.isPurgeable(outcomes, inJournal, CUTOFF.plusSeconds(newestSeconds), CUTOFF))
                .isEqualTo(purgeable);
    }
}
