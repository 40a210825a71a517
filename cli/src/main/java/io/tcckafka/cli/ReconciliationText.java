package io.tcckafka.cli;

import java.util.ArrayList;
import java.util.List;

import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.ReconciliationReport;

/** {@code tcc reconcile}: what was compared, the counts by kind, and each discrepancy with what names it. */
public final class ReconciliationText {

    private ReconciliationText() {
    }

    public static List<String> of(ReconciliationReport report) {
        List<String> lines = new ArrayList<>();
        lines.add("Reconciliation of " + orOpen(report.from()) + " to " + orOpen(report.to()) + " (ran at "
                + report.ranAt() + "): " + report.transfers() + " transfers, " + report.entries() + " journal entries, "
                + (report.complete() ? "complete" : "INCOMPLETE (a bank's journal could not be read)"));
        List<Discrepancy> discrepancies = report.discrepancies() == null ? List.of() : report.discrepancies();
        if (discrepancies.isEmpty()) {
            lines.add("No discrepancies.");
            return lines;
        }
        if (report.counts() != null) {
            report.counts().forEach((kind, count) -> lines.add("  " + kind + "  " + count));
        }
        lines.add("Discrepancies:");
        Table table = new Table("kind", "transfer", "account", "branch", "entry", "expected", "found", "detail")
                .rightAligned("expected", "found");
        for (Discrepancy d : discrepancies) {
            table.row(d.kind(), d.transferId(), account(d), d.branch(), d.entry(), d.expected(), d.found(), d.detail());
        }
        table.lines().forEach(line -> lines.add("  " + line));
        return lines;
    }

    private static String account(Discrepancy d) {
        if (d.bank() == null) {
            return null;
        }
        return d.account() == null ? d.bank() : d.bank() + "/" + d.account();
    }

    private static String orOpen(Object bound) {
        return bound == null ? "…" : bound.toString();
    }
}
