package io.tcckafka.participant.barrier;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * A processed branch command and the reply it got: a barrier row of {@code account_journal}, immutable once written
 * (until the purge forgets it).
 *
 * @param amount    the Try's, which the Confirm and Cancel act on
 * @param createdAt set by the database, on its clock (the purge compares it with the database's now); null for a row
 *                  not written yet
 */
public record BarrierRow(BranchId branch, Phase phase, BigDecimal amount, Outcome outcome, Reason reason,
        LocalDateTime createdAt) {

    /** A row to write. */
    public static BarrierRow of(BranchId branch, Phase phase, BigDecimal amount, Outcome outcome, Reason reason) {
        return new BarrierRow(branch, phase, amount, outcome, reason, null);
    }
}
