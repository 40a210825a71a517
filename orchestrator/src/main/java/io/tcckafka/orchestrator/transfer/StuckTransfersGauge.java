package io.tcckafka.orchestrator.transfer;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/** {@code tcc.transfers.stuck}: how many transfers {@link StuckTransfers} lists, counted when the gauge is read. */
@Component
class StuckTransfersGauge implements MeterBinder {

    private final StuckTransfers stuck;

    StuckTransfersGauge(StuckTransfers stuck) {
        this.stuck = stuck;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tcc.transfers.stuck", stuck, StuckTransfers::count)
                .description("Transfers whose Confirm or Cancel was sent stuck-after-attempts times, unacknowledged")
                .register(registry);
    }
}
