package io.tcckafka.participant.journal;

import io.tcckafka.participant.barrier.BarrierRow;

/**
 * A row of {@code account_journal} to write: a barrier row, a journal entry, or both when the command moved money.
 *
 * @param barrier null for an entry that no command wrote (an account opened)
 * @param entry   null for a command that moved no money (a refused Try, a Cancel without a Try or after a failed one)
 */
public record JournalRow(BarrierRow barrier, NewEntry entry) {

    public JournalRow {
        if (barrier == null && entry == null) {
            throw new IllegalArgumentException("a journal row is a barrier row, an entry, or both");
        }
    }
}
