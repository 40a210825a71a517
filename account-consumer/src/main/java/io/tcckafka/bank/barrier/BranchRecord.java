package io.tcckafka.bank.barrier;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A processed branch command and the reply it got. Immutable once written; {@link BranchBarrier} writes and reads
 * these rows in plain JDBC, the mapping serves the purge and schema validation.
 */
@Entity
@Table(name = "branch_barrier")
public class BranchRecord {

    @EmbeddedId
    private BranchKey id;

    private String account;

    @Column(precision = 19, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Reason reason;

    // set by the database, on its clock (the purge compares it with the database's now)
    @Column(insertable = false, updatable = false)
    private LocalDateTime createdAt;

    protected BranchRecord() {
    }

    public BranchRecord(BranchKey id, String account, BigDecimal amount, Outcome outcome, Reason reason) {
        this(id, account, amount, outcome, reason, null);
    }

    /** A row as read from the table. */
    BranchRecord(BranchKey id, String account, BigDecimal amount, Outcome outcome, Reason reason,
            LocalDateTime createdAt) {
        this.id = id;
        this.account = account;
        this.amount = amount;
        this.outcome = outcome;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public BranchKey getId() {
        return id;
    }

    public Phase phase() {
        return id.phase();
    }

    public Branch branch() {
        return id.branch();
    }

    public String account() {
        return account;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Outcome outcome() {
        return outcome;
    }

    public Reason reason() {
        return reason;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
