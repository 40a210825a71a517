package io.tcckafka.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a reconciliation of the window {@code [from, to)} found ({@code POST /api/reconciliations}): how many ended
 * transfers and journal entries it compared, every discrepancy, and their counts by kind. {@code complete} is false
 * when some bank's journal could not be read (a {@link DiscrepancyKind#BANK_UNAVAILABLE} discrepancy says which).
 */
public record ReconciliationReport(
        Instant from,
        Instant to,
        Instant ranAt,
        long transfers,
        long entries,
        boolean complete,
        Map<DiscrepancyKind, Long> counts,
        List<Discrepancy> discrepancies) {
}
