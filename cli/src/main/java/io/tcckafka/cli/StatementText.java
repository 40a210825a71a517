package io.tcckafka.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.JournalEntry;

/** {@code tcc statement}: an account's journal entries as a table, oldest first. */
public final class StatementText {

    private StatementText() {
    }

    public static List<String> of(AccountRef account, List<JournalEntry> entries) {
        List<String> lines = new ArrayList<>();
        if (entries.isEmpty()) {
            lines.add("No entries for " + AccountArgument.format(account) + " in this window.");
            return lines;
        }
        lines.add("Statement of " + AccountArgument.format(account) + ": " + entries.size()
                + (entries.size() == 1 ? " entry" : " entries"));
        Table table = new Table("entry", "time", "kind", "transfer", "branch", "amount", "balance change", "balance",
                "frozen", "incoming")
                .rightAligned("entry", "amount", "balance change", "balance", "frozen", "incoming");
        for (JournalEntry entry : entries) {
            table.row(entry.entry(), entry.time(), entry.kind(), entry.transferId(), entry.branch(), entry.amount(),
                    signed(entry.balanceChange()), entry.balance(), entry.frozen(), entry.incoming());
        }
        lines.addAll(table.lines());
        return lines;
    }

    private static String signed(BigDecimal change) {
        return change.signum() > 0 ? "+" + change.toPlainString() : change.toPlainString();
    }
}
