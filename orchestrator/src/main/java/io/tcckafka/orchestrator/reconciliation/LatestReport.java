package io.tcckafka.orchestrator.reconciliation;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import io.tcckafka.events.ReconciliationReport;

/** The last report this instance made, scheduled or on demand. */
@Component
class LatestReport {

    private final AtomicReference<ReconciliationReport> latest = new AtomicReference<>();

    void set(ReconciliationReport report) {
        latest.set(report);
    }

    Optional<ReconciliationReport> get() {
        return Optional.ofNullable(latest.get());
    }
}
