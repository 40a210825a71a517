package io.tcckafka.orchestrator.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.BranchState;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TryState;

/**
 * One transfer's story in the order it happens: accepted, each branch's Try, the decision, each branch's Confirm
 * or Cancel, the end. A step that has not happened yet has no time and is {@link Step.State#WAITING}.
 */
record TransferTimeline(String transferId, TransferStatus status, Reason reason,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, List<Step> steps) {

    /** {@code estimated}: the time is the Try deadline; the timer cancels within its interval after it. */
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
            steps.add(new Step("Rejected", String.valueOf(transfer.reason()), Step.State.FAILED,
                    transfer.createdAt(), false));
            return new TransferTimeline(transfer.id(), transfer.status(), transfer.reason(), null, steps);
        }
        Map<Branch, BranchState> branches = transfer.branches();
        steps.add(Step.done("Accepted", account(branches.get(Branch.DEBIT)) + " → "
                + account(branches.get(Branch.CREDIT)), transfer.createdAt()));
        branches.forEach((branch, state) -> steps.add(tryStep(branch, state)));
        steps.add(decision(transfer));
        if (transfer.settlementPhase() != null) {
            String phase = transfer.settlementPhase() == Phase.CONFIRM ? "Confirm" : "Cancel";
            branches.forEach((branch, state) -> steps.add(settlementStep(phase, branch, state, transfer.attempts())));
        }
        steps.add(transfer.status().isTerminal()
                ? new Step(title(transfer.status()), reasonText(transfer.reason()),
                        transfer.status() == TransferStatus.COMMITTED ? Step.State.DONE : Step.State.FAILED,
                        transfer.statusChangedAt(), false)
                : Step.waiting("Finished", "not yet"));
        return new TransferTimeline(transfer.id(), transfer.status(), transfer.reason(), transfer.amount(), steps);
    }

    private static Step tryStep(Branch branch, BranchState state) {
        String title = "Try " + branchName(branch, state);
        return switch (state.tryState()) {
            case PENDING -> Step.waiting(title, "no reply yet");
            case SUCCEEDED -> Step.done(title, "succeeded", state.triedAt());
            case FAILED -> new Step(title, "failed: " + state.tryReason(), Step.State.FAILED, state.triedAt(), false);
        };
    }

    private static Step decision(Transfer transfer) {
        return switch (transfer.status()) {
            case ACCEPTED -> Step.waiting("Decision", "waiting for both Tries, until " + transfer.tryDeadline());
            case CONFIRMING -> Step.done("Decided: confirm", "every Try succeeded", transfer.statusChangedAt());
            case COMMITTED -> Step.done("Decided: confirm", "every Try succeeded", lastTry(transfer));
            default -> cancelDecision(transfer);
        };
    }

    /**
     * Only the latest status change has its own time; a terminal transfer's decision time is that of the reply that
     * caused it, or the Try deadline.
     */
    private static Step cancelDecision(Transfer transfer) {
        String title = "Decided: cancel";
        if (transfer.status() == TransferStatus.CANCELLING) {
            return new Step(title, reasonText(transfer.reason()), Step.State.FAILED, transfer.statusChangedAt(), false);
        }
        if (transfer.reason() == Reason.TRY_TIMEOUT) {
            return new Step(title, "Try deadline passed", Step.State.FAILED, transfer.tryDeadline(), true);
        }
        Instant firstFailure = transfer.branches().values().stream()
                .filter(b -> b.tryState() == TryState.FAILED).map(BranchState::triedAt)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new Step(title, reasonText(transfer.reason()), Step.State.FAILED, firstFailure, false);
    }

    private static Step settlementStep(String phase, Branch branch, BranchState state, int attempts) {
        String title = phase + " " + branchName(branch, state);
        return switch (state.settlement()) {
            case DONE -> Step.done(title, "acknowledged", state.settledAt());
            case NOT_NEEDED -> new Step(title, "not needed: its Try reserved nothing", Step.State.SKIPPED, null,
                    false);
            case PENDING -> Step.waiting(title, "not acknowledged yet, sent " + attempts + " time(s)");
            case NONE -> Step.waiting(title, "not sent");
        };
    }

    private static Instant lastTry(Transfer transfer) {
        return transfer.branches().values().stream().map(BranchState::triedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private static String title(TransferStatus status) {
        return status.name().charAt(0) + status.name().substring(1).toLowerCase();
    }

    private static String reasonText(Reason reason) {
        return reason == null ? "" : reason.name();
    }

    private static String branchName(Branch branch, BranchState state) {
        return branch.name().toLowerCase() + " " + account(state);
    }

    private static String account(BranchState state) {
        return state.bank() + "/" + state.account();
    }
}
