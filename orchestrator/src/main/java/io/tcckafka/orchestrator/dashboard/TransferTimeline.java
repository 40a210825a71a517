package io.tcckafka.orchestrator.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TryState;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferBranch;

/**
 * One transfer's story in the order it happens: accepted, each branch's Try, the decision, each branch's Confirm
 * or Cancel, the end. A step that has not happened yet has no time and is {@link Step.State#WAITING}.
 */
record TransferTimeline(String transferId, TransferStatus status, Reason reason,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, List<Step> steps) {

    /**
     * {@code estimated}: the time is the Try deadline (of a transfer decided before decision times were kept); the
     * timer cancelled within its interval after it.
     */
    record Step(String title, String detail, State state, Instant at, boolean estimated) {

        enum State { DONE, FAILED, WAITING, SKIPPED }

        static Step done(String title, String detail, Instant at) {
            return new Step(title, detail, State.DONE, at, false);
        }

        static Step waiting(String title, String detail) {
            return new Step(title, detail, State.WAITING, null, false);
        }
    }

    static TransferTimeline of(Transfer transfer) {
        List<Step> steps = new ArrayList<>();
        if (transfer.status() == TransferStatus.REJECTED) {
            String why = reasonText(transfer.reason()) + (transfer.detail() == null ? "" : ": " + transfer.detail());
            steps.add(new Step("Rejected", why, Step.State.FAILED, transfer.createdAt(), false));
            return new TransferTimeline(transfer.id(), transfer.status(), transfer.reason(), null, steps);
        }
        steps.add(Step.done("Accepted", transfer.postings().stream().map(TransferTimeline::posting)
                .collect(Collectors.joining("; ")), transfer.createdAt()));
        transfer.branches().forEach(branch -> steps.add(tryStep(branch)));
        steps.add(decision(transfer));
        if (transfer.settlementPhase() != null) {
            String phase = transfer.settlementPhase() == Phase.CONFIRM ? "Confirm" : "Cancel";
            transfer.branches().forEach(branch -> steps.add(settlementStep(phase, branch, transfer.attempts())));
        }
        steps.add(transfer.status().isTerminal()
                ? new Step(title(transfer.status()), reasonText(transfer.reason()),
                        transfer.status() == TransferStatus.COMMITTED ? Step.State.DONE : Step.State.FAILED,
                        transfer.statusChangedAt(), false)
                : Step.waiting("Finished", "not yet"));
        return new TransferTimeline(transfer.id(), transfer.status(), transfer.reason(), transfer.amount(), steps);
    }

    private static Step tryStep(TransferBranch branch) {
        String title = "Try " + branchName(branch);
        return switch (branch.tryState()) {
            case PENDING -> Step.waiting(title, "no reply yet");
            case SUCCEEDED -> Step.done(title, "succeeded", branch.triedAt());
            case FAILED -> new Step(title, "failed: " + branch.tryReason(), Step.State.FAILED, branch.triedAt(), false);
        };
    }

    private static Step decision(Transfer transfer) {
        if (transfer.settlementPhase() == null) {
            return Step.waiting("Decision", "waiting for every Try, until " + transfer.tryDeadline());
        }
        if (transfer.settlementPhase() == Phase.CONFIRM) {
            return Step.done("Decided: confirm", "every Try succeeded", decidedAt(transfer));
        }
        boolean timedOut = transfer.reason() == Reason.TRY_TIMEOUT;
        return new Step("Decided: cancel", timedOut ? "Try deadline passed" : reasonText(transfer.reason()),
                Step.State.FAILED, decidedAt(transfer), timedOut && transfer.decidedAt() == null);
    }

    /** Kept since multi-posting transfers; before, only the time of the reply or deadline that decided is known. */
    private static Instant decidedAt(Transfer transfer) {
        if (transfer.decidedAt() != null) {
            return transfer.decidedAt();
        }
        if (transfer.reason() == Reason.TRY_TIMEOUT) {
            return transfer.tryDeadline();
        }
        var tries = transfer.branches().stream()
                .filter(b -> transfer.reason() == null || b.tryState() == TryState.FAILED)
                .map(TransferBranch::triedAt).filter(Objects::nonNull);
        return (transfer.reason() == null ? tries.max(Comparator.naturalOrder())
                : tries.min(Comparator.naturalOrder())).orElse(null);
    }

    private static Step settlementStep(String phase, TransferBranch branch, int attempts) {
        String title = phase + " " + branchName(branch);
        return switch (branch.settlement()) {
            case DONE -> Step.done(title, "acknowledged", branch.settledAt());
            case NOT_NEEDED -> new Step(title, "not needed: its Try reserved nothing", Step.State.SKIPPED, null,
                    false);
            case PENDING -> Step.waiting(title, "not acknowledged yet, sent " + attempts + " time(s)");
            case NONE -> Step.waiting(title, "not sent");
        };
    }

    private static String title(TransferStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase();
    }

    private static String reasonText(Reason reason) {
        return reason == null ? "" : reason.name();
    }

    private static String branchName(TransferBranch branch) {
        return branch.branch().name().toLowerCase() + " " + branch.accountName() + " " + branch.amount().toPlainString();
    }

    private static String posting(Posting posting) {
        return posting.from().bank() + "/" + posting.from().account() + " → " + posting.to().bank() + "/"
                + posting.to().account() + " " + posting.amount().toPlainString();
    }
}
