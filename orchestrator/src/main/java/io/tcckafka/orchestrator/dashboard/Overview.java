package io.tcckafka.orchestrator.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.tcckafka.events.TransferStatus;

/** The dashboard's headline: transfers by status, how many are stuck, the oldest in flight; {@code now} is the database's. */
record Overview(Instant now, Map<TransferStatus, Long> counts, long stuck, List<InFlightTransfer> inFlight) {
}
