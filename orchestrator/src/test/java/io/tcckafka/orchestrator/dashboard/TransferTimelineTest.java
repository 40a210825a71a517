package io.tcckafka.orchestrator.dashboard;

import static io.tcckafka.events.Branch.CREDIT;
import static io.tcckafka.events.Branch.DEBIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.orchestrator.dashboard.TransferTimeline.Step;
import io.tcckafka.orchestrator.transfer.Rejection;
import io.tcckafka.orchestrator.transfer.RetryBackoff;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.Transfers;

class TransferTimelineTest {

    private static final Instant T0 = Transfers.T0;
    private static final RetryBackoff BACKOFF = Transfers.BACKOFF;

    @Test
    void aCommittedTransferShowsEachBranchsTryAndConfirmAndTheDecisionAtTheLastTry() {
        Transfer transfer = newTransfer();
        reply(transfer, DEBIT, Phase.TRY, Outcome.SUCCEEDED, null, 1);
        reply(transfer, CREDIT, Phase.TRY, Outcome.SUCCEEDED, null, 2);
        reply(transfer, CREDIT, Phase.CONFIRM, Outcome.SUCCEEDED, null, 3);
        reply(transfer, DEBIT, Phase.CONFIRM, Outcome.SUCCEEDED, null, 4);

        assertThat(describe(TransferTimeline.of(transfer))).containsExactly(
                "Accepted bank-a/2 → bank-b/1 30.00 DONE +0",
                "Try debit bank-a/2 30.00 succeeded DONE +1",
                "Try credit bank-b/1 30.00 succeeded DONE +2",
                "Decided: confirm every Try succeeded DONE +2",
                "Confirm debit bank-a/2 30.00 acknowledged DONE +4",
                "Confirm credit bank-b/1 30.00 acknowledged DONE +3",
                "Committed  DONE +4");
    }

    @Test
    void anAbortedTransferIsDecidedAtItsFailedTryAndCancelsEveryBranch() {
        Transfer transfer = newTransfer();
        reply(transfer, DEBIT, Phase.TRY, Outcome.FAILED, Reason.INSUFFICIENT_FUNDS, 1);
        reply(transfer, CREDIT, Phase.TRY, Outcome.SUCCEEDED, null, 2);
        reply(transfer, DEBIT, Phase.CANCEL, Outcome.SUCCEEDED, null, 3);
        reply(transfer, CREDIT, Phase.CANCEL, Outcome.SUCCEEDED, null, 3);

        assertThat(describe(TransferTimeline.of(transfer))).containsExactly(
                "Accepted bank-a/2 → bank-b/1 30.00 DONE +0",
                "Try debit bank-a/2 30.00 failed: INSUFFICIENT_FUNDS FAILED +1",
                "Try credit bank-b/1 30.00 succeeded DONE +2",
                "Decided: cancel INSUFFICIENT_FUNDS FAILED +1",
                "Cancel debit bank-a/2 30.00 acknowledged DONE +3",
                "Cancel credit bank-b/1 30.00 acknowledged DONE +3",
                "Aborted INSUFFICIENT_FUNDS FAILED +3");
    }

    @Test
    void aTryTimeoutIsDatedAtTheDeadlineAndPendingStepsWait() {
        Transfer transfer = newTransfer();
        reply(transfer, DEBIT, Phase.TRY, Outcome.SUCCEEDED, null, 1);
        transfer.onTimer(T0.plusSeconds(11), BACKOFF);

        TransferTimeline timeline = TransferTimeline.of(transfer);

        assertThat(describe(timeline)).containsExactly(
                "Accepted bank-a/2 → bank-b/1 30.00 DONE +0",
                "Try debit bank-a/2 30.00 succeeded DONE +1",
                "Try credit bank-b/1 30.00 no reply yet WAITING",
                "Decided: cancel Try deadline passed FAILED +11",
                "Cancel debit bank-a/2 30.00 not acknowledged yet, sent 1 time(s) WAITING",
                "Cancel credit bank-b/1 30.00 not acknowledged yet, sent 1 time(s) WAITING",
                "Finished not yet WAITING");
    }

    @Test
    void aTransferWithAFeeShowsItsPostingsAndEveryBranch() {
        Transfer transfer = Transfers.accepted("t-43", Transfers.posting("bank-a/2", "bank-b/1", "29.50"),
                Transfers.posting("bank-a/2", "bank-c/fees", "0.50"));
        reply(transfer, "bank-a/2", DEBIT, Phase.TRY, null, 1);
        reply(transfer, "bank-b/1", CREDIT, Phase.TRY, null, 1);
        reply(transfer, "bank-c/fees", CREDIT, Phase.TRY, Reason.ACCOUNT_NOT_FOUND, 2);

        TransferTimeline timeline = TransferTimeline.of(transfer);

        assertThat(timeline.amount()).isEqualByComparingTo("30.00");
        assertThat(describe(timeline)).containsExactly(
                "Accepted bank-a/2 → bank-b/1 29.50; bank-a/2 → bank-c/fees 0.50 DONE +0",
                "Try debit bank-a/2 30.00 succeeded DONE +1",
                "Try credit bank-b/1 29.50 succeeded DONE +1",
                "Try credit bank-c/fees 0.50 failed: ACCOUNT_NOT_FOUND FAILED +2",
                "Decided: cancel ACCOUNT_NOT_FOUND FAILED +2",
                "Cancel debit bank-a/2 30.00 not acknowledged yet, sent 1 time(s) WAITING",
                "Cancel credit bank-b/1 29.50 not acknowledged yet, sent 1 time(s) WAITING",
                "Cancel credit bank-c/fees 0.50 not acknowledged yet, sent 1 time(s) WAITING",
                "Finished not yet WAITING");
    }

    @Test
    void aRejectedRequestShowsWhy() {
        Transfer rejected = Transfer.reject("t-9", "f", new Rejection(Reason.INVALID_REQUEST, "amount must be more"),
                T0);
        assertThat(describe(TransferTimeline.of(rejected)))
                .containsExactly("Rejected INVALID_REQUEST: amount must be more FAILED +0");
    }

    private static Transfer newTransfer() {
        return Transfers.accepted("t-7", Transfers.posting("bank-a/2", "bank-b/1", "30.00"));
    }

    private static void reply(Transfer transfer, Branch branch, Phase phase, Outcome outcome, Reason reason,
            int second) {
        reply(transfer, branch == DEBIT ? "bank-a/2" : "bank-b/1", branch, phase, reason, second);
    }

    private static void reply(Transfer transfer, String account, Branch branch, Phase phase, Reason failure,
            int second) {
        transfer.onReply(Transfers.reply(transfer, phase, branch, account, failure), T0.plusSeconds(second), BACKOFF);
    }

    private static java.util.List<String> describe(TransferTimeline timeline) {
        return timeline.steps().stream().map(TransferTimelineTest::describe).toList();
    }

    private static String describe(Step step) {
        String at = step.at() == null ? "" : " +" + Duration.between(T0, step.at()).toSeconds();
        return step.title() + " " + step.detail() + " " + step.state() + at;
    }
}
