package io.tcckafka.orchestrator.reconciliation;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.tcckafka.orchestrator.reconciliation.ReconciliationMetrics.Trigger;

/**
 * Every {@code interval}, the window from the end of the last scheduled one (at the first run: interval before it)
 * up to now − try-timeout − margin, so that no transfer still in flight is judged. It runs on a thread of its own:
 * the scheduler's one thread also drives the transfers' timers, which a run reading the banks must not hold up.
 */
@Component
@ConditionalOnProperty(name = "tcc.orchestrator.reconciliation.scheduled", havingValue = "true", matchIfMissing = true)
class ReconciliationSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconciliationSchedule.class);

    private final Reconciliation reconciliation;
    private final ScheduledWindows windows;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread reconciling = new Thread(runnable, "reconciliation");
        reconciling.setDaemon(true);
        return reconciling;
    });
    private final AtomicBoolean running = new AtomicBoolean();
    private Instant lastEnd;

    ReconciliationSchedule(Reconciliation reconciliation, ReconciliationProperties properties) {
        this.reconciliation = reconciliation;
        this.windows = new ScheduledWindows(properties.interval(), properties.longestWindow());
    }

    @Scheduled(fixedDelayString = "${tcc.orchestrator.reconciliation.interval:1h}",
            initialDelayString = "${tcc.orchestrator.reconciliation.interval:1h}")
    void tick() {
        if (running.compareAndSet(false, true)) {
            thread.execute(() -> {
                try {
                    run();
                } finally {
                    running.set(false);
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    private void run() {
        try {
            Optional<Window> window = windows.next(Optional.ofNullable(lastEnd), reconciliation.settledBefore());
            if (window.isPresent()) {
                reconciliation.run(window.get(), Trigger.SCHEDULED);
                lastEnd = window.get().to();
            }
        } catch (RuntimeException e) {
            log.error("Scheduled reconciliation after {} failed; the next run tries it again", lastEnd, e);
        }
    }
}
