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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.annotations.EmbeddedColumnNaming;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Money;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A transfer and its two branches: the TCC state machine. Plain logic over its own fields; each step returns
 * the messages it wants sent, which the caller writes to the outbox in the same transaction. Time is passed in
 * (the database's), never read here.
 */
@Entity
@Table(name = "transfer")
public class Transfer {

    @Id
    private String id;
    private String fingerprint;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TransferStatus status;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Reason reason;
    private BigDecimal amount;
    @Embedded
    @EmbeddedColumnNaming("debit_%s")
    private BranchState debit;
    @Embedded
    @EmbeddedColumnNaming("credit_%s")
    private BranchState credit;
    /** How many times the current Confirm or Cancel has been sent. */
    private int attempts;
    private Instant tryDeadline;
    /** When the timer must look at this transfer next: the Try deadline, then the next re-send; null when done. */
    private Instant dueAt;
    private Instant createdAt;
    private Instant statusChangedAt;

    protected Transfer() {
    }

    private Transfer(String id, String fingerprint, TransferStatus status, Reason reason, Instant now) {
        this.id = id;
        this.fingerprint = fingerprint;
        this.status = status;
        this.reason = reason;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    public static Transfer accept(TransferRequest request, String fingerprint, Instant now, Duration tryTimeout) {
        var transfer = new Transfer(request.transferId(), fingerprint, ACCEPTED, null, now);
        transfer.amount = Money.exact(request.amount());
        transfer.debit = new BranchState(request.from().bank(), request.from().account());
        transfer.credit = new BranchState(request.to().bank(), request.to().account());
        transfer.tryDeadline = now.plus(tryTimeout);
        transfer.dueAt = transfer.tryDeadline;
        return transfer;
    }

    /** A request that will never run. Only its identity is kept: its content may not even fit the columns. */
    public static Transfer reject(String transferId, String fingerprint, Reason reason, Instant now) {
        return new Transfer(transferId, fingerprint, REJECTED, reason, now);
    }

    /** What a new transfer sends: its status, and for an accepted one the Try of each branch. */
    public List<Message> openingMessages() {
        List<Message> messages = new ArrayList<>(List.of(Message.event(statusEvent())));
        if (status == ACCEPTED) {
            branches().forEach((branch, state) -> messages.add(command(branch, Phase.TRY)));
        }
        return messages;
    }

    public List<Message> onReply(BranchReply reply, Instant now, RetryBackoff backoff) {
        BranchState branch = branch(reply.branch());
        if (branch == null) {
            return List.of();
        }
        return reply.phase() == Phase.TRY
                ? onTryReply(branch, reply, now, backoff)
                : onSettlementReply(branch, reply, now);
    }

    /** The Try deadline or a re-send is due. */
    public List<Message> onTimer(Instant now, RetryBackoff backoff) {
        if (dueAt == null || now.isBefore(dueAt)) {
            return List.of();
        }
        if (status == ACCEPTED) {
            return decide(CANCELLING, Reason.TRY_TIMEOUT, now, backoff);
        }
        attempts++;
        dueAt = now.plus(backoff.delayAfter(attempts));
        return pendingSettlementCommands();
    }

    /** Confirm or Cancel sent at least this many times and still not acknowledged by every bank. */
    public boolean isStuck(int stuckAfterAttempts) {
        return TransferLifecycle.SETTLING.contains(status) && attempts >= stuckAfterAttempts;
    }

    /**
     * An operator's "retry now": the timer re-sends the pending Confirms or Cancels at its next run. Only the time
     * changes; the decision, and which branches still wait, stay as they are. Never sooner than the backoff's first
     * delay after the last copy, so that retrying cannot send faster than the timer ever does; already due, it
     * changes nothing.
     *
     * @throws RetryTooSoonException when the last copy went out less than {@code backoff.initial()} ago
     */
    public void retryNow(Instant now, RetryBackoff backoff) {
        if (!TransferLifecycle.SETTLING.contains(status)) {
            throw new NotSettlingException(id, status);
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

    /** The branches whose Confirm or Cancel is not acknowledged yet. */
    public Map<Branch, BranchState> pendingBranches() {
        var pending = branches();
        pending.values().removeIf(branch -> branch.settlement() != Settlement.PENDING);
        return pending;
    }

    public TransferEvent statusEvent() {
        return new TransferEvent(id, status, reason, statusChangedAt);
    }

    private List<Message> onTryReply(BranchState branch, BranchReply reply, Instant now, RetryBackoff backoff) {
        if (!branch.recordTry(reply.outcome(), reply.reason(), now) || status != ACCEPTED) {
            return List.of();
        }
        if (!reply.succeeded()) {
            return decide(CANCELLING, reply.reason(), now, backoff);
        }
        boolean everyTrySucceeded = branches().values().stream().allMatch(b -> b.tryState() == TryState.SUCCEEDED);
        return everyTrySucceeded ? decide(CONFIRMING, null, now, backoff) : List.of();
    }

    private List<Message> onSettlementReply(BranchState branch, BranchReply reply, Instant now) {
        if (reply.phase() != settlementPhase() || !reply.succeeded() || !branch.settle(now)) {
            return List.of();
        }
        if (!branches().values().stream().allMatch(b -> b.settlement().isFinished())) {
            return List.of();
        }
        moveTo(status == CONFIRMING ? COMMITTED : ABORTED, reason, now);
        dueAt = null;
        return List.of(Message.event(statusEvent()));
    }

    private List<Message> decide(TransferStatus decision, Reason why, Instant now, RetryBackoff backoff) {
        moveTo(decision, why, now);
        branches().values().forEach(BranchState::startSettlement);
        attempts = 1;
        dueAt = now.plus(backoff.delayAfter(attempts));
        return Stream.concat(Stream.of(Message.event(statusEvent())), pendingSettlementCommands().stream()).toList();
    }

    private void moveTo(TransferStatus next, Reason why, Instant now) {
        TransferLifecycle.require(status, next);
        status = next;
        reason = why;
        statusChangedAt = now;
    }

    private List<Message> pendingSettlementCommands() {
        return pendingBranches().keySet().stream().map(branch -> command(branch, settlementPhase())).toList();
    }

    /** Confirm or Cancel, once decided; null before. */
    public Phase settlementPhase() {
        return switch (status) {
            case CONFIRMING, COMMITTED -> Phase.CONFIRM;
            case CANCELLING, ABORTED -> Phase.CANCEL;
            default -> null;
        };
    }

    private Message command(Branch branch, Phase phase) {
        BranchState state = branch(branch);
        return Message.command(new BranchCommand(id, branch, phase, state.bank(), state.account(), amount));
    }

    private BranchState branch(Branch branch) {
        return branch == Branch.DEBIT ? debit : credit;
    }

    /** The branches in a fixed order (debit first); empty for a rejected request. */
    public Map<Branch, BranchState> branches() {
        var branches = new EnumMap<Branch, BranchState>(Branch.class);
        if (debit != null) {
            branches.put(Branch.DEBIT, debit);
            branches.put(Branch.CREDIT, credit);
        }
        return branches;
    }

    public String id() {
        return id;
    }

    public boolean sameRequest(String otherFingerprint) {
        return fingerprint.equals(otherFingerprint);
    }

    public TransferStatus status() {
        return status;
    }

    public Reason reason() {
        return reason;
    }

    public BigDecimal amount() {
        return amount;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
