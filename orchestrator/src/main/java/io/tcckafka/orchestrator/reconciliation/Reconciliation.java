package io.tcckafka.orchestrator.reconciliation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.tcckafka.events.Discrepancy;
import io.tcckafka.events.EntryKind;
import io.tcckafka.events.JournalEntry;
import io.tcckafka.events.ReconciliationReport;
import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.clock.DatabaseClock;
import io.tcckafka.orchestrator.reconciliation.ReconciliationMetrics.Trigger;
import io.tcckafka.orchestrator.retention.RetentionProperties;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferStore;

/**
 * Runs a reconciliation of a window: the transfers that ended in it, every bank's journal from the earliest of their
 * creations to the window's end (a margin wider on each side, for the databases' clocks), the transfers those entries
 * name that ended elsewhere or are in flight, then the {@link Reconciler}'s rules. Each discrepancy is logged at ERROR.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    private static final int PAGE = 500;

    private final TransferStore store;
    private final Journals journals;
    private final DatabaseClock clock;
    private final LatestReport latest;
    private final ReconciliationMetrics metrics;
    private final ReconciliationProperties properties;
    private final OrchestratorProperties orchestrator;
    private final RetentionProperties retention;

    Reconciliation(TransferStore store, Journals journals, DatabaseClock clock, LatestReport latest,
            ReconciliationMetrics metrics, ReconciliationProperties properties, OrchestratorProperties orchestrator,
            RetentionProperties retention) {
        this.store = store;
        this.journals = journals;
        this.clock = clock;
        this.latest = latest;
        this.metrics = metrics;
        this.properties = properties;
        this.orchestrator = orchestrator;
        this.retention = retention;
    }

    /**
     * On demand: the window given, or else {@code default-window} up to now − try-timeout. Not before the retention
     * window: the transfers that finished earlier have left the transfer table, and their entries would all look
     * foreign.
     */
    public ReconciliationReport onDemand(Optional<Instant> from, Optional<Instant> to) {
        Instant now = clock.now();
        Instant end = to.orElseGet(() -> now.minus(orchestrator.tryTimeout()));
        Instant start = from.orElseGet(() -> end.minus(properties.defaultWindow()));
        Window window = Window.of(start, end, properties.longestWindow());
        if (retention.enabled()) {
            Instant kept = now.minus(retention.window()).plus(properties.margin());
            if (window.from().isBefore(kept)) {
                throw new InvalidWindowException("transfers that finished before " + kept + " may have left the "
                        + "transfer table (tcc.orchestrator.retention.window " + retention.window() + "): a window "
                        + "must start at or after it");
            }
        }
        return run(window, Trigger.ON_DEMAND);
    }

    public Optional<ReconciliationReport> latest() {
        return latest.get();
    }

    /** The latest time a window may end now: transfers that ended before it are no longer in flight. */
    Instant settledBefore() {
        return clock.now().minus(orchestrator.tryTimeout()).minus(properties.margin());
    }

    ReconciliationReport run(Window window, Trigger trigger) {
        try {
            ReconciliationReport report = reconcile(window);
            latest.set(report);
            metrics.ran(trigger, report);
            report.discrepancies().forEach(Reconciliation::logged);
            log.info("Reconciliation of [{}, {}): {} transfers, {} entries, {} discrepancies{}", window.from(),
                    window.to(), report.transfers(), report.entries(), report.discrepancies().size(),
                    report.complete() ? "" : ", incomplete");
            return report;
        } catch (RuntimeException e) {
            metrics.failed(trigger);
            throw e;
        }
    }

    private ReconciliationReport reconcile(Window window) {
        Instant ranAt = clock.now();
        List<Transfer> ended = ended(window);
        Instant earliest = ended.stream().map(Transfer::createdAt).min(Comparator.naturalOrder())
                .filter(created -> created.isBefore(window.from())).orElse(window.from());
        List<BankJournal> read = journals.read(earliest.minus(properties.margin()),
                window.to().plus(properties.margin()));
        Set<String> endedIds = ended.stream().map(Transfer::id).collect(Collectors.toSet());
        OtherTransfers others = others(namedTransfers(read, endedIds), ranAt);
        List<Discrepancy> found = Reconciler.reconcile(ended.stream().map(EndedTransfer::of).toList(), read,
                others);
        long entries = read.stream().mapToLong(journal -> journal.entries().size()).sum();
        return Reports.of(window, ranAt, ended.size(), entries, found);
    }

    private List<Transfer> ended(Window window) {
        List<Transfer> all = new ArrayList<>();
        List<Transfer> page = store.findEnded(window.from(), window.to(), PAGE, Optional.empty());
        while (!page.isEmpty()) {
            all.addAll(page);
            page = page.size() < PAGE ? List.of()
                    : store.findEnded(window.from(), window.to(), PAGE, Optional.of(page.get(page.size() - 1)));
        }
        return all;
    }

    private static Set<String> namedTransfers(List<BankJournal> read, Set<String> except) {
        Set<String> named = new LinkedHashSet<>();
        read.forEach(journal -> journal.entries().stream()
                .filter(entry -> entry.kind() != EntryKind.OPEN)
                .map(JournalEntry::transferId)
                .filter(id -> id != null && !except.contains(id))
                .forEach(named::add));
        return named;
    }

    /** What the orchestrator has of these transfers: when each ended, or that it is in flight. */
    private OtherTransfers others(Set<String> ids, Instant now) {
        List<String> all = List.copyOf(ids);
        Map<String, Instant> endedAt = new HashMap<>();
        Set<String> inFlight = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i += PAGE) {
            for (Transfer transfer : store.findAll(all.subList(i, Math.min(all.size(), i + PAGE)))) {
                if (transfer.status().isTerminal()) {
                    endedAt.put(transfer.id(), transfer.statusChangedAt());
                } else {
                    inFlight.add(transfer.id());
                }
            }
        }
        Instant forgottenBefore = retention.enabled() ? now.minus(retention.window()).plus(properties.margin()) : null;
        return new OtherTransfers(endedAt, inFlight, forgottenBefore, properties.margin());
    }

    private static void logged(Discrepancy d) {
        log.error("Reconciliation discrepancy {} transferId={} bank={} account={} branch={} entry={} expected={} "
                + "found={}: {}", d.kind(), d.transferId(), d.bank(), d.account(), d.branch(), d.entry(),
                d.expected(), d.found(), d.detail());
    }
}
