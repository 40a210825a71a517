package io.tcckafka.participant.journal;

import java.math.BigDecimal;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.Branch;
import io.tcckafka.events.EntryKind;
import io.tcckafka.participant.barrier.BarrierRow;

/**
 * A row of {@code account_journal} to write: a barrier row, a journal entry, or both when the command moved money.
 * Where both are given they name the same account, transfer, branch and amount.
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

    public String account() {
        return barrier != null ? barrier.branch().account() : entry.change().account();
    }

    /** Null for an opening. */
    public String transferId() {
        return barrier != null ? barrier.branch().transferId() : entry.change().transferId();
    }

    /** Null for an opening. */
    public Branch branch() {
        return barrier != null ? barrier.branch().branch() : entry.change().branch();
    }

    public BigDecimal amount() {
        return barrier != null ? barrier.amount() : entry.change().amount();
    }

    /** Null for a barrier row only. */
    public EntryKind kind() {
        return entry == null ? null : entry.change().kind();
    }

    /** The account's money after the entry; null for a barrier row only. */
    public AccountView after() {
        return entry == null ? null : entry.after();
    }
}
