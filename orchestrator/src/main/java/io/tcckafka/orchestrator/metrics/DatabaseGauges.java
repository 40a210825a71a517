package io.tcckafka.orchestrator.metrics;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.outbox.Outbox;
import io.tcckafka.orchestrator.transfer.StuckTransfers;
import io.tcckafka.orchestrator.transfer.TransferLifecycle;
import io.tcckafka.orchestrator.transfer.TransferStore;

/**
 * The gauges counted in the database each time they are read (a scrape), so every orchestrator instance reports
 * the same, whole-system numbers: unfinished transfers, stuck ones, and the outbox messages not yet sent.
 */
@Component
class DatabaseGauges implements MeterBinder {

    static final String IN_FLIGHT = "tcc.transfers.in.flight";
    static final String STUCK = "tcc.transfers.stuck";
    static final String OUTBOX_BACKLOG = "tcc.outbox.backlog";

    private final TransferStore transfers;
    private final StuckTransfers stuck;
    private final Outbox outbox;

    DatabaseGauges(TransferStore transfers, StuckTransfers stuck, Outbox outbox) {
        this.transfers = transfers;
        this.stuck = stuck;
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (TransferStatus status : TransferLifecycle.UNFINISHED) {
            Gauge.builder(IN_FLIGHT, () -> transfers.countInFlight(status)).tag("status", status.name())
                    .description("Transfers accepted and not finished yet, by status").register(registry);
        }
        Gauge.builder(STUCK, stuck, StuckTransfers::count)
                .description("Transfers whose Confirm or Cancel was sent stuck-after-attempts times, unacknowledged")
                .register(registry);
        Gauge.builder(OUTBOX_BACKLOG, outbox, Outbox::backlog)
                .description("Outbox rows not yet sent and acknowledged by the broker").register(registry);
    }
}
