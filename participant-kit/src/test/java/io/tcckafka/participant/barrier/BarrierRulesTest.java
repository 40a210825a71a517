package io.tcckafka.participant.barrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.participant.barrier.Decision.Action;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

class BarrierRulesTest {

    @ParameterizedTest(name = "{0} given [{1}] -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # command | already recorded                               | action              | rejection
            TRY       |                                                | RESERVE             | -
            TRY       | TRY=SUCCEEDED                                  | REPEAT_STORED_REPLY | -
            TRY       | TRY=FAILED                                     | REPEAT_STORED_REPLY | -
            TRY       | TRY=FAILED CANCEL=SUCCEEDED                    | REPEAT_STORED_REPLY | -
            TRY       | CANCEL=SUCCEEDED                               | REFUSE_TRY          | -
            CANCEL    |                                                | CANCEL_WITHOUT_TRY  | -
            CANCEL    | TRY=SUCCEEDED                                  | RELEASE             | -
            CANCEL    | TRY=FAILED                                     | CANCEL_FAILED_TRY   | -
            CANCEL    | TRY=SUCCEEDED CANCEL=SUCCEEDED                 | REPEAT_STORED_REPLY | -
            CANCEL    | TRY=FAILED CANCEL=SUCCEEDED                    | REPEAT_STORED_REPLY | -
            CANCEL    | TRY=SUCCEEDED CONFIRM=SUCCEEDED                | REJECT              | ALREADY_CONFIRMED
            CONFIRM   | TRY=SUCCEEDED                                  | SETTLE              | -
            CONFIRM   |                                                | REJECT              | TRY_NOT_SUCCEEDED
            CONFIRM   | TRY=FAILED                                     | REJECT              | TRY_NOT_SUCCEEDED
            CONFIRM   | TRY=SUCCEEDED CONFIRM=SUCCEEDED                | REPEAT_STORED_REPLY | -
            CONFIRM   | TRY=SUCCEEDED CANCEL=SUCCEEDED                 | REJECT              | ALREADY_CANCELLED
            CONFIRM   | TRY=FAILED CANCEL=SUCCEEDED                    | REJECT              | ALREADY_CANCELLED
            """)
    void decides(Phase phase, String recorded, Action action, Reason rejection) {
        assertThat(BarrierRules.decide(phase, RecordedOutcomes.parse(recorded)))
                .isEqualTo(new Decision(action, rejection));
    }

    @ParameterizedTest(name = "{0} after a Try of {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            30.00, 30.00, -
            30.0,  30.00, -
            30,    30.00, -
            30.01, 30.00, amount 30.01 is not the Try's 30.00
            0.01,  30.00, amount 0.01 is not the Try's 30.00
            """)
    void aLaterCommandMustSayWhatItsTrySaid(String amount, String triedAmount, String contradiction) {
        assertThat(BarrierRules.contradiction(new BigDecimal(amount), new BigDecimal(triedAmount)))
                .isEqualTo(Optional.ofNullable(contradiction));
    }
}
