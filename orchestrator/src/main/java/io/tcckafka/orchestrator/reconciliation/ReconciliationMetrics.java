package io.tcckafka.orchestrator.reconciliation;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.DiscrepancyKind;
import io.tcckafka.events.ReconciliationReport;

/**
 * The last run's discrepancies by kind and whether it read every bank, as gauges; the runs and the discrepancies they
 * found as counters (docs/monitoring.md). Before the first run the gauges read 0 discrepancies and complete 0.
 */
@Component
class ReconciliationMetrics {

    static final String DISCREPANCIES = "tcc.reconciliation.discrepancies";
    static final String FOUND = "tcc.reconciliation.discrepancies.found";
    static final String COMPLETE = "tcc.reconciliation.complete";
    static final String RUNS = "tcc.reconciliation.runs";
    static final String LAST_WINDOW_END = "tcc.reconciliation.last.window.end";

    private final MeterRegistry registry;

    ReconciliationMetrics(MeterRegistry registry, LatestReport latest) {
        this.registry = registry;
        for (DiscrepancyKind kind : DiscrepancyKind.values()) {
            Gauge.builder(DISCREPANCIES, latest, l -> l.get().map(r -> r.counts().getOrDefault(kind, 0L)).orElse(0L))
                    .tag("kind", kind.name()).description("Discrepancies the last reconciliation found, by kind")
                    .register(registry);
        }
        Gauge.builder(COMPLETE, latest, l -> l.get().map(r -> r.complete() ? 1 : 0).orElse(0))
                .description("1 when the last reconciliation read every bank's journal, 0 otherwise")
                .register(registry);
        Gauge.builder(LAST_WINDOW_END, latest, l -> l.get().map(r -> r.to().getEpochSecond()).orElse(0L))
                .description("The end of the last reconciled window, in seconds since the epoch")
                .baseUnit("seconds").register(registry);
    }

    void ran(Trigger trigger, ReconciliationReport report) {
        runs(trigger, report.complete() ? "complete" : "incomplete").increment();
        report.counts().forEach((kind, count) -> Counter.builder(FOUND)
                .description("Discrepancies found, by kind, summed over runs (a window reconciled twice counts twice)")
                .tag("kind", kind.name()).tag("trigger", trigger.tag()).register(registry).increment(count));
    }

    void failed(Trigger trigger) {
        runs(trigger, "failed").increment();
    }

    private Counter runs(Trigger trigger, String outcome) {
        return Counter.builder(RUNS).description("Reconciliations run, by trigger and outcome")
                .tag("trigger", trigger.tag()).tag("outcome", outcome).register(registry);
    }

    enum Trigger {
        SCHEDULED, ON_DEMAND;

        String tag() {
            return name().toLowerCase().replace('_', '-');
        }
    }
}
