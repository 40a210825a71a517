package io.tcckafka.orchestrator.metrics;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tcckafka.events.Reason;
import io.tcckafka.orchestrator.transfer.CommandsResent;
import io.tcckafka.orchestrator.transfer.StatusChange;

/**
 * Counts and times what committed transfer steps did (docs/monitoring.md). Heard after commit only, so a step
 * rolled back and retried counts once. Durations come from the transfer's stored database times.
 */
@Component
class TransferMetrics {

    static final String TRANSFERS = "tcc.transfers";
    static final String PHASE = "tcc.transfer.phase";
    static final String DURATION = "tcc.transfer.duration";
    static final String RESENT = "tcc.commands.resent";

    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(1),
            Duration.ofMinutes(5)};

    private final MeterRegistry registry;

    TransferMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(StatusChange change) {
        Counter.builder(TRANSFERS).description("Transfers that reached a status, by status and reason")
                .tag("status", change.to().name()).tag("reason", reason(change.reason()))
                .register(registry).increment();
        record(phase("try", change), change.tryPhase());
        record(phase("settle", change), change.settlePhase());
        record(Timer.builder(DURATION).description("From accepted to finished")
                .tag("status", change.to().name()), change.endToEnd());
    }

    @TransactionalEventListener
    void on(CommandsResent resent) {
        Counter.builder(RESENT).description("Confirms or Cancels sent again, unacknowledged, by phase")
                .tag("phase", resent.phase().name()).register(registry).increment(resent.commands());
    }

    private static Timer.Builder phase(String phase, StatusChange change) {
        return Timer.builder(PHASE)
                .description("Try phase: accepted until decided; settle phase: decided until finished")
                .tag("phase", phase).tag("status", change.to().name());
    }

    private void record(Timer.Builder timer, Optional<Duration> duration) {
        duration.ifPresent(d -> timer.serviceLevelObjectives(BUCKETS).register(registry).record(d));
    }

    private static String reason(Reason reason) {
        return reason == null ? "none" : reason.name();
    }
}
