package io.tcckafka.orchestrator.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.orchestrator.clock.DatabaseClock;
import io.tcckafka.orchestrator.transfer.StuckTransfers;
import io.tcckafka.orchestrator.transfer.TransferStore;

/** What the dashboard shows of the transfers, read from the orchestrator's database. */
@Service
class TransferStatistics {

    private final DashboardQueries queries;
    private final StuckTransfers stuck;
    private final TransferStore store;
    private final DatabaseClock clock;

    TransferStatistics(DashboardQueries queries, StuckTransfers stuck, TransferStore store, DatabaseClock clock) {
        this.queries = queries;
        this.stuck = stuck;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(int inFlightLimit) {
        return new Overview(clock.now(), queries.countByStatus(), stuck.count(),
                store.findInFlight(inFlightLimit).stream().map(InFlightTransfer::of).toList());
    }

    /** The {@code window} up to now, in buckets of {@code bucket}, the last one ending now. */
    @Transactional(readOnly = true)
    public TimeSeries series(Duration window, Duration bucket) {
        int buckets = (int) (window.toMillis() / bucket.toMillis());
        Instant from = clock.now().minus(bucket.multipliedBy(buckets));
        return TimeSeries.of(from, bucket, buckets, queries.finishedSince(from, bucket));
    }

    @Transactional(readOnly = true)
    public Optional<TransferTimeline> timeline(String transferId) {
        return store.find(transferId).map(TransferTimeline::of);
    }
}
