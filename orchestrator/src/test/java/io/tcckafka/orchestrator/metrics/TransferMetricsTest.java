package io.tcckafka.orchestrator.metrics;

import static io.tcckafka.events.TransferStatus.ABORTED;
import static io.tcckafka.events.TransferStatus.ACCEPTED;
import static io.tcckafka.events.TransferStatus.CANCELLING;
import static io.tcckafka.events.TransferStatus.COMMITTED;
import static io.tcckafka.events.TransferStatus.CONFIRMING;
import static io.tcckafka.events.TransferStatus.REJECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.CommandsResent;
import io.tcckafka.orchestrator.transfer.StatusChange;

/** What the metrics are called where Prometheus scrapes them, and what the state machine's times make of them. */
class TransferMetricsTest {

    private static final Instant CREATED = Instant.parse("2026-11-24T02:28:04.000Z");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final TransferMetrics metrics = new TransferMetrics(registry);

    @Test
    void aCommittedTransferCountsEachStatusAndTimesBothPhasesAndTheWhole() {
        metrics.on(change(null, 0, ACCEPTED, null, 0));
        metrics.on(change(ACCEPTED, 0, CONFIRMING, null, 200));
        metrics.on(change(CONFIRMING, 200, COMMITTED, null, 500));

        assertThat(scrape()).contains(
                "tcc_transfers_total{reason=\"none\",status=\"ACCEPTED\"} 1.0",
                "tcc_transfers_total{reason=\"none\",status=\"CONFIRMING\"} 1.0",
                "tcc_transfers_total{reason=\"none\",status=\"COMMITTED\"} 1.0",
                "tcc_transfer_phase_seconds_count{phase=\"try\",status=\"CONFIRMING\"} 1",
                "tcc_transfer_phase_seconds_sum{phase=\"try\",status=\"CONFIRMING\"} 0.2",
                "tcc_transfer_phase_seconds_sum{phase=\"settle\",status=\"COMMITTED\"} 0.3",
                "tcc_transfer_duration_seconds_sum{status=\"COMMITTED\"} 0.5",
                "tcc_transfer_duration_seconds_bucket{status=\"COMMITTED\",le=\"0.5\"} 1");
    }

    @Test
    void anAbortedTransferCountsItsReason() {
        metrics.on(change(ACCEPTED, 0, CANCELLING, Reason.TRY_TIMEOUT, 10_000));
        metrics.on(change(CANCELLING, 10_000, ABORTED, Reason.TRY_TIMEOUT, 10_050));

        assertThat(scrape()).contains(
                "tcc_transfers_total{reason=\"TRY_TIMEOUT\",status=\"CANCELLING\"} 1.0",
                "tcc_transfers_total{reason=\"TRY_TIMEOUT\",status=\"ABORTED\"} 1.0",
                "tcc_transfer_phase_seconds_sum{phase=\"try\",status=\"CANCELLING\"} 10.0",
                "tcc_transfer_phase_seconds_sum{phase=\"settle\",status=\"ABORTED\"} 0.05",
                "tcc_transfer_duration_seconds_sum{status=\"ABORTED\"} 10.05");
    }

    @Test
    void aRejectedRequestIsCountedButNeverTimed() {
        metrics.on(change(null, 0, REJECTED, Reason.UNKNOWN_BANK, 0));

        assertThat(scrape()).contains("tcc_transfers_total{reason=\"UNKNOWN_BANK\",status=\"REJECTED\"} 1.0")
                .doesNotContain("tcc_transfer_duration", "tcc_transfer_phase");
    }

    @Test
    void resentCommandsAreCountedByPhase() {
        metrics.on(new CommandsResent(Phase.CONFIRM, 2));
        metrics.on(new CommandsResent(Phase.CANCEL, 1));
        metrics.on(new CommandsResent(Phase.CONFIRM, 1));

        assertThat(scrape()).contains("tcc_commands_resent_total{phase=\"CONFIRM\"} 3.0",
                "tcc_commands_resent_total{phase=\"CANCEL\"} 1.0");
    }

    private static StatusChange change(TransferStatus from, long sinceMillis, TransferStatus to, Reason reason,
            long atMillis) {
        return new StatusChange("t-1", from, CREATED.plusMillis(sinceMillis), to, reason,
                CREATED.plusMillis(atMillis), CREATED);
    }

    private String scrape() {
        return registry.scrape();
    }
}
