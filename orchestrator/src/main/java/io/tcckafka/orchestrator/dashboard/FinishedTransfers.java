package io.tcckafka.orchestrator.dashboard;

import io.tcckafka.events.TransferStatus;

/**
 * One row of the database's grouping of finished transfers: how many ended with {@code status} in time bucket
 * {@code bucket}, with a latency in {@link LatencyHistogram} class {@code latencyClass}, the largest of them
 * {@code maxMillis}.
 */
record FinishedTransfers(TransferStatus status, int bucket, int latencyClass, long transfers, double maxMillis) {
}
