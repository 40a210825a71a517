package io.tcckafka.orchestrator.reconciliation;

import java.util.List;

import io.tcckafka.events.JournalEntry;

/**
 * What was read of one bank's journal for a window: all its entries, or why they could not be read ({@code error}
 * set, no entries), in which case nothing at that bank is judged.
 */
public record BankJournal(String bank, List<JournalEntry> entries, String error) {

    public BankJournal {
        entries = List.copyOf(entries);
    }

    public static BankJournal read(String bank, List<JournalEntry> entries) {
        return new BankJournal(bank, entries, null);
    }

    public static BankJournal unavailable(String bank, String error) {
        return new BankJournal(bank, List.of(), error);
    }

    public boolean available() {
        return error == null;
    }
}
