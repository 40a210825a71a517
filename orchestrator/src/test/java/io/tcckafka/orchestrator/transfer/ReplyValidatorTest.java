package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.kafka.InvalidMessageException;

class ReplyValidatorTest {

    @ParameterizedTest(name = "{0} {1} {2} {3} {4}: valid {5}")
    @CsvSource(nullValues = "-", textBlock = """
            t,  DEBIT,  TRY,     SUCCEEDED, -,                  true
            t,  CREDIT, CANCEL,  SUCCEEDED, -,                  true
            t,  DEBIT,  TRY,     FAILED,    INSUFFICIENT_FUNDS, true
            -,  DEBIT,  TRY,     SUCCEEDED, -,                  false
            t,  -,      TRY,     SUCCEEDED, -,                  false
            t,  DEBIT,  -,       SUCCEEDED, -,                  false
            t,  DEBIT,  TRY,     -,         -,                  false
            t,  DEBIT,  TRY,     FAILED,    -,                  false
            t,  DEBIT,  CONFIRM, SUCCEEDED, ALREADY_CONFIRMED,  false
            """)
    void aReplyNeedsItsIdentityAndAnOutcomeThatAgreesWithItsReason(String transferId, Branch branch, Phase phase,
            Outcome outcome, Reason reason, boolean valid) {
        var reply = new BranchReply(transferId, branch, phase, "bank-a", outcome, reason);
        if (valid) {
            assertThatCode(() -> ReplyValidator.requireComplete(reply)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ReplyValidator.requireComplete(reply)).isInstanceOf(InvalidMessageException.class);
        }
    }

    @ParameterizedTest(name = "reply from {0} about a branch at bank-a: valid {1}")
    @CsvSource(nullValues = "-", textBlock = """
            bank-a, true
            bank-b, false
            -,      false
            """)
    void onlyTheBankOfTheBranchAnswersForIt(String bank, boolean valid) {
        var reply = new BranchReply("t", Branch.DEBIT, Phase.TRY, bank, Outcome.SUCCEEDED, null);
        var branch = new BranchState("bank-a", "2");
        if (valid) {
            assertThatCode(() -> ReplyValidator.requireFromBranchBank(reply, branch)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ReplyValidator.requireFromBranchBank(reply, branch))
                    .isInstanceOf(InvalidMessageException.class).hasMessageContaining("held by bank-a");
        }
    }
}
