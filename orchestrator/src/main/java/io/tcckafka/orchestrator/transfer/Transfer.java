package io.tcckafka.orchestrator.transfer;

import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.ACCEPTED;
import static io.tcckafka.events.TransferStatus.CANCELLING;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static io.tcckafka.events.TransferStatus.CONFIRMING;
import static io.tcckafka.events.TransferStatus.REJECTED;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Money;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Settlement;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.events.TryState;

/**
 * A transfer over its branches: the TCC state machine, in plain Java ({@link TransferStore} keeps it). Each step
 * returns the messages it wants sent, which the caller writes to the outbox in the same transaction. Time is passed
 * in (the database's), never read here.
 * <p>
 * What it keeps is the decision (none yet, Confirm or Cancel) and each branch's progress; its status follows from
 * them: no branches is a rejected request, no decision is ACCEPTED, a decision is CONFIRMING or CANCELLING until every
 * branch acknowledged it, then COMMITTED or ABORTED.
 */
public final class Transfer {

    private final String id;
    private final String fingerprint;
    private final Instant createdAt;
    private final Instant tryDeadline;
    private final List<Posting> postings;
    private final List<TransferBranch> branches;
    private final String detail;
    private Phase decision;
    private Reason reason;
    private Instant decidedAt;
    /** How many times the current Confirm or Cancel has been sent. */
    private int attempts;
    /** When the timer must look at this transfer next: the Try deadline, then the next re-send; null when done. */
    private Instant dueAt;
    private Instant statusChangedAt;

    Transfer(String id, String fingerprint, Instant createdAt, Instant tryDeadline, List<Posting> postings,
            List<TransferBranch> branches, String detail, Phase decision, Reason reason, Instant decidedAt,
            int attempts, Instant dueAt, Instant statusChangedAt) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.createdAt = createdAt;
        this.tryDeadline = tryDeadline;
        this.postings = List.copyOf(postings);
        this.branches = new ArrayList<>(branches);
        this.detail = detail;
        this.decision = decision;
        this.reason = reason;
        this.decidedAt = decidedAt;
        this.attempts = attempts;
        this.dueAt = dueAt;
        this.statusChangedAt = statusChangedAt;
    }

    /** A valid request: its branches are planned from the postings and their Tries are due now. */
    public static Transfer accept(String id, String fingerprint, List<Posting> postings, Instant now,
            Duration tryTimeout) {
        Instant deadline = now.plus(tryTimeout);
        List<Posting> exact = postings.stream()
                .map(posting -> new Posting(posting.from(), posting.to(), Money.exact(posting.amount()))).toList();
        return new Transfer(id, fingerprint, now, deadline, exact, TransferBranch.plan(exact), null, null, null, null, 0,
                deadline, now);
    }

    /** A request that will never run. Only its identity and why are kept: its content may not even fit the columns. */
    public static Transfer reject(String id, String fingerprint, Rejection rejection, Instant now) {
        return new Transfer(id, fingerprint, now, null, List.of(), List.of(), rejection.detail(), null,
                rejection.reason(), null, 0, null, now);
    }

    /** What a new transfer sends: its status, and for an accepted one the Try of each branch. */
    public List<Message> openingMessages() {
        List<Message> messages = new ArrayList<>(List.of(Message.event(statusEvent())));
        branches.forEach(branch -> messages.add(Message.command(branch.command(id, Phase.TRY))));
        return messages;
    }

    /** A reply the caller checked answers for one of this transfer's branches ({@link #branch}). */
    public List<Message> onReply(BranchReply reply, Instant now, RetryBackoff backoff) {
        int index = indexOf(reply);
        if (index < 0) {
            return List.of();
        }
        return reply.phase() == Phase.TRY
                ? onTryReply(index, reply, now, backoff)
                : onSettlementReply(index, reply, now);
    }

    /** The Try deadline or a re-send is due. */
    public List<Message> onTimer(Instant now, RetryBackoff backoff) {
        if (dueAt == null || now.isBefore(dueAt)) {
            return List.of();
        }
        if (decision == null) {
            return decide(Phase.CANCEL, Reason.TRY_TIMEOUT, now, backoff);
        }
        attempts++;
        dueAt = now.plus(backoff.delayAfter(attempts));
        return pendingSettlementCommands();
    }

    /** Confirm or Cancel sent at least this many times and still not acknowledged by every bank. */
    public boolean isStuck(int stuckAfterAttempts) {
        return TransferLifecycle.SETTLING.contains(status()) && attempts >= stuckAfterAttempts;
    }

    /**
     * An operator's "retry now": the timer re-sends the pending Confirms or Cancels at its next run. Only the time
     * changes; the decision, and which branches still wait, stay as they are. Never sooner than the backoff's first
     * delay after the last copy, so that retrying cannot send faster than the timer ever does; already due, it
     * changes nothing.
     *
     * @throws NotSettlingException when there is nothing decided to re-send
     * @throws RetryTooSoonException when the last copy went out less than {@code backoff.initial()} ago
     */
    public void retryNow(Instant now, RetryBackoff backoff) {
        if (!TransferLifecycle.SETTLING.contains(status())) {
            throw new NotSettlingException(id, status());
        }
        if (!now.isBefore(dueAt)) {
            return;
        }
        Instant lastSent = dueAt.minus(backoff.delayAfter(attempts));
        Instant allowedFrom = lastSent.plus(backoff.initial());
        if (now.isBefore(allowedFrom)) {
            throw new RetryTooSoonException(id, allowedFrom);
        }
        dueAt = now;
    }

    /** Derived from the decision and the branches, never kept apart from them. */
    public TransferStatus status() {
        if (branches.isEmpty()) {
            return REJECTED;
        }
        if (decision == null) {
            return ACCEPTED;
        }
        boolean settled = branches.stream().allMatch(branch -> branch.settlement().isFinished());
        if (decision == Phase.CONFIRM) {
            return settled ? COMMITTED : CONFIRMING;
        }
        return settled ? ABORTED : CANCELLING;
    }

    /** The branches whose Confirm or Cancel is not acknowledged yet. */
    public List<TransferBranch> pendingBranches() {
        return branches.stream().filter(branch -> branch.settlement() == Settlement.PENDING).toList();
    }

    /** The branch a reply answers for: its direction, its bank and its account. */
    public Optional<TransferBranch> branch(BranchReply reply) {
        int index = indexOf(reply);
        return index < 0 ? Optional.empty() : Optional.of(branches.get(index));
    }

    public TransferEvent statusEvent() {
        return new TransferEvent(id, status(), reason, detail, statusChangedAt);
    }

    private List<Message> onTryReply(int index, BranchReply reply, Instant now, RetryBackoff backoff) {
        TransferBranch branch = branches.get(index);
        if (branch.tryState() != TryState.PENDING) {
            return List.of();
        }
        branches.set(index, branch.tried(reply.outcome(), reply.reason(), now));
        if (decision != null) {
            return List.of();
        }
        if (!reply.succeeded()) {
            return decide(Phase.CANCEL, reply.reason(), now, backoff);
        }
        boolean everyTrySucceeded = branches.stream().allMatch(b -> b.tryState() == TryState.SUCCEEDED);
        return everyTrySucceeded ? decide(Phase.CONFIRM, null, now, backoff) : List.of();
    }

    private List<Message> onSettlementReply(int index, BranchReply reply, Instant now) {
        TransferBranch branch = branches.get(index);
        if (reply.phase() != decision || !reply.succeeded() || branch.settlement() != Settlement.PENDING) {
            return List.of();
        }
        TransferStatus before = status();
        branches.set(index, branch.settled(now));
        if (status() == before) {
            return List.of();
        }
        statusChangedAt = now;
        dueAt = null;
        return List.of(Message.event(statusEvent()));
    }

    private List<Message> decide(Phase settlement, Reason why, Instant now, RetryBackoff backoff) {
        TransferLifecycle.require(status(), settlement == Phase.CONFIRM ? CONFIRMING : CANCELLING);
        decision = settlement;
        reason = why;
        decidedAt = now;
        statusChangedAt = now;
        branches.replaceAll(TransferBranch::settling);
        attempts = 1;
        dueAt = now.plus(backoff.delayAfter(attempts));
        return Stream.concat(Stream.of(Message.event(statusEvent())), pendingSettlementCommands().stream()).toList();
    }

    private List<Message> pendingSettlementCommands() {
        return pendingBranches().stream().map(branch -> Message.command(branch.command(id, decision))).toList();
    }

    private int indexOf(BranchReply reply) {
        for (int i = 0; i < branches.size(); i++) {
            if (branches.get(i).answers(reply.branch(), reply.bank(), reply.account())) {
                return i;
            }
        }
        return -1;
    }

    public String id() {
        return id;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    /** Confirm or Cancel, once decided; null before. */
    public Phase settlementPhase() {
        return decision;
    }

    /** What was asked for; empty for a rejected request. */
    public List<Posting> postings() {
        return postings;
    }

    /** All the money the transfer moves: the sum of its postings. */
    public BigDecimal amount() {
        return postings.stream().map(Posting::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One per account and direction ({@link TransferBranch#plan}); empty for a rejected request. */
    public List<TransferBranch> branches() {
        return List.copyOf(branches);
    }

    public Reason reason() {
        return reason;
    }

    /** What is wrong with a rejected request; null otherwise. */
    public String detail() {
        return detail;
    }

    public int attempts() {
        return attempts;
    }

    public Instant tryDeadline() {
        return tryDeadline;
    }

    public Instant dueAt() {
        return dueAt;
    }

    /** When Confirm or Cancel was decided; null before, and for transfers decided before this was kept. */
    public Instant decidedAt() {
        return decidedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
