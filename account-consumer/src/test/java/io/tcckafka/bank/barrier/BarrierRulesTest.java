package io.tcckafka.bank.barrier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.bank.barrier.Decision.Action;
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

    @ParameterizedTest(name = "{0} {1} after a Try of {2} {3} -> {4}")
    @CsvSource(nullValues = "-", textBlock = """
            2, 30.00, 2, 30.00, -
            2, 30.0,  2, 30.00, -
            3, 30.00, 2, 30.00, account 3 is not the Try's 2
            2, 30.01, 2, 30.00, amount 30.01 is not the Try's 30.00
            Alice, 1.00, alice, 1.00, account Alice is not the Try's alice
            """)
    void aLaterCommandMustSayWhatItsTrySaid(String account, String amount, String triedAccount, String triedAmount,
            String contradiction) {
        assertThat(BarrierRules.contradiction(account, new BigDecimal(amount), triedAccount, new BigDecimal(triedAmount)))
                .isEqualTo(Optional.ofNullable(contradiction));
    }
}
