package io.tcckafka.orchestrator.dashboard;

import static io.tcckafka.events.Branch.CREDIT;
import static io.tcckafka.events.Branch.DEBIT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.orchestrator.dashboard.TransferTimeline.Step;
import io.tcckafka.orchestrator.transfer.RequestFingerprint;
import io.tcckafka.orchestrator.transfer.RetryBackoff;
import io.tcckafka.orchestrator.transfer.Transfer;

class TransferTimelineTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    @Test
    void aCommittedTransferShowsEachBranchsTryAndConfirmAndTheDecisionAtTheLastTry() {
        Transfer transfer = newTransfer();
        reply(transfer, DEBIT, Phase.TRY, Outcome.SUCCEEDED, null, 1);
        reply(transfer, CREDIT, Phase.TRY, Outcome.SUCCEEDED, null, 2);
        reply(transfer, CREDIT, Phase.CONFIRM, Outcome.SUCCEEDED, null, 3);
        reply(transfer, DEBIT, Phase.CONFIRM, Outcome.SUCCEEDED, null, 4);

        assertThat(describe(TransferTimeline.of(transfer))).containsExactly(
                "Accepted bank-a/2 → bank-b/1 DONE +0",
                "Try debit bank-a/2 succeeded DONE +1",
                "Try credit bank-b/1 succeeded DONE +2",
                "Decided: confirm every Try succeeded DONE +2",
                "Confirm debit bank-a/2 acknowledged DONE +4",
                "Confirm credit bank-b/1 acknowledged DONE +3",
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
                "Accepted bank-a/2 → bank-b/1 DONE +0",
                "Try debit bank-a/2 failed: INSUFFICIENT_FUNDS FAILED +1",
                "Try credit bank-b/1 succeeded DONE +2",
                "Decided: cancel INSUFFICIENT_FUNDS FAILED +1",
                "Cancel debit bank-a/2 acknowledged DONE +3",
                "Cancel credit bank-b/1 acknowledged DONE +3",
                "Aborted INSUFFICIENT_FUNDS FAILED +3");
    }

    @Test
    void aTryTimeoutIsDatedAtTheDeadlineAndPendingStepsWait() {
        Transfer transfer = newTransfer();
        reply(transfer, DEBIT, Phase.TRY, Outcome.SUCCEEDED, null, 1);
        transfer.onTimer(T0.plusSeconds(11), BACKOFF);

        TransferTimeline timeline = TransferTimeline.of(transfer);

        assertThat(describe(timeline)).containsExactly(
                "Accepted bank-a/2 → bank-b/1 DONE +0",
                "Try debit bank-a/2 succeeded DONE +1",
                "Try credit bank-b/1 no reply yet WAITING",
                "Decided: cancel TRY_TIMEOUT FAILED +11",
                "Cancel debit bank-a/2 not acknowledged yet, sent 1 time(s) WAITING",
                "Cancel credit bank-b/1 not acknowledged yet, sent 1 time(s) WAITING",
                "Finished not yet WAITING");
    }

    private static Transfer newTransfer() {
        var request = new TransferRequest("t-7", new AccountRef("bank-a", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal("30.00"));
        return Transfer.accept(request, RequestFingerprint.of(request), T0, Duration.ofSeconds(10));
    }

    private static void reply(Transfer transfer, Branch branch, Phase phase, Outcome outcome, Reason reason,
            int second) {
        transfer.onReply(new BranchReply("t-7", branch, phase, branch == DEBIT ? "bank-a" : "bank-b",
                branch == DEBIT ? "2" : "1", new BigDecimal("30.00"), outcome, reason),
                T0.plusSeconds(second), BACKOFF);
    }

    private static java.util.List<String> describe(TransferTimeline timeline) {
        return timeline.steps().stream().map(TransferTimelineTest::describe).toList();
    }

    private static String describe(Step step) {
        String at = step.at() == null ? "" : " +" + Duration.between(T0, step.at()).toSeconds();
        return step.title() + " " + step.detail() + " " + step.state() + at;
    }
}
