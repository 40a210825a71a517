package io.tcckafka.orchestrator.transfer;

import java.time.Instant;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Reason;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One participant of a transfer: which account it touches and how far its Try and its settlement have come. */
@Embeddable
public class BranchState {

    private String bank;
    private String account;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TryState tryState;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Reason tryReason;
    private Instant triedAt;
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Settlement settlement;
    private Instant settledAt;

    protected BranchState() {
    }

    BranchState(String bank, String account) {
        this.bank = bank;
        this.account = account;
        this.tryState = TryState.PENDING;
        this.settlement = Settlement.NONE;
    }

    /** Records the first answer to the Try; false for a duplicate. */
    boolean recordTry(Outcome outcome, Reason reason, Instant now) {
        if (tryState != TryState.PENDING) {
            return false;
        }
        tryState = outcome == Outcome.SUCCEEDED ? TryState.SUCCEEDED : TryState.FAILED;
        tryReason = reason;
        triedAt = now;
        return true;
    }

    /**
     * Confirm or Cancel goes to every branch, also to one whose Try failed: a Cancel costs the bank nothing then, and
     * it makes a late or wrongly answered Try harmless (the barrier refuses a Try after its Cancel).
     */
    void startSettlement() {
        settlement = Settlement.PENDING;
    }

    /** Records the acknowledgement of Confirm or Cancel; false for a duplicate. */
    boolean settle(Instant now) {
        if (settlement != Settlement.PENDING) {
            return false;
        }
        settlement = Settlement.DONE;
        settledAt = now;
        return true;
    }

    public String bank() {
        return bank;
    }

    public String account() {
        return account;
    }

    public TryState tryState() {
        return tryState;
    }

    public Reason tryReason() {
        return tryReason;
    }

    public Instant triedAt() {
        return triedAt;
    }

    public Settlement settlement() {
        return settlement;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
