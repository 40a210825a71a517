package io.tcckafka.orchestrator.transfer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.kafka.MismatchedMessageException;

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
        var reply = new BranchReply(transferId, branch, phase, "bank-a", "2", new BigDecimal("30.00"), outcome, reason);
        if (valid) {
            assertThatCode(() -> ReplyValidator.requireComplete(reply)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> ReplyValidator.requireComplete(reply)).isInstanceOf(InvalidMessageException.class);
        }
    }

    @ParameterizedTest(name = "reply from {0} on {1} about {2} {3}, for a branch of 30.00 on bank-a/2: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            bank-a, bank.bank-a.replies, 2, 30.00, -
            bank-a, bank.bank-a.replies, 2, 30.0,  -
            bank-b, bank.bank-b.replies, 2, 30.00, no DEBIT branch for bank-b/2
            bank-a, bank.bank-b.replies, 2, 30.00, came on bank.bank-b.replies but names bank bank-a
            bank-a, bank.bank-a.replies, 3, 30.00, no DEBIT branch for bank-a/3
            bank-a, bank.bank-a.replies, 2, 30.01, branch's amount is 30.00
            """)
    void onlyAReplyAboutTheBranchAsItWasSentIsUsed(String bank, String topic, String account, String amount,
            String problem) {
        var reply = new BranchReply("t", Branch.DEBIT, Phase.TRY, bank, account, new BigDecimal(amount),
                Outcome.SUCCEEDED, null);
        var transfer = Transfers.accepted("t", Transfers.posting("bank-a/2", "bank-b/1", "30.00"));
        ThrowingCallable check = () -> {
            ReplyValidator.requireFromTopicBank(reply, topic);
            ReplyValidator.requireAnswersFor(reply, transfer);
        };
        if (problem == null) {
            assertThatCode(check).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(check).isInstanceOf(MismatchedMessageException.class).hasMessageContaining(problem);
        }
    }
}
