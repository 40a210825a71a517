package io.tcckafka.orchestrator.reconciliation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.ReconciliationReport;

/** A reconciliation's report from what it compared and found: every kind counted, those not found as 0. */
final class Reports {

    private Reports() {
    }

    static ReconciliationReport of(Window window, Instant ranAt, long transfers, long entries,
            List<Discrepancy> discrepancies) {
        Map<DiscrepancyKind, Long> counts = new EnumMap<>(DiscrepancyKind.class);
        for (DiscrepancyKind kind : DiscrepancyKind.values()) {
            counts.put(kind, 0L);
        }
        discrepancies.forEach(discrepancy -> counts.merge(discrepancy.kind(), 1L, Long::sum));
        boolean complete = counts.get(DiscrepancyKind.BANK_UNAVAILABLE) == 0;
        return new ReconciliationReport(window.from(), window.to(), ranAt, transfers, entries, complete, counts,
                discrepancies);
    }
}
