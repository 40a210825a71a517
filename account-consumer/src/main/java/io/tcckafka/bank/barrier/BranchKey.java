package io.tcckafka.bank.barrier;

import java.io.Serializable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Phase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The business identity of a branch command: a re-sent command has the same key. */
@Embeddable
public record BranchKey(
        @Column(name = "transfer_id") String transferId,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) Branch branch,
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) Phase phase) implements Serializable {
}
