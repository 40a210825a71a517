package io.tcckafka.orchestrator.outbox;

import java.util.List;

/**
 * One outbox row: what one step of the orchestrator (a batch of requests, of replies, of timers) wants sent, written
 * in that step's transaction and deleted once the broker has acknowledged every message of it. One row per step, not
 * per message, is what keeps the outbox cheap: a batch of a hundred transfers writes and deletes one row, not seven
 * hundred.
 */
record OutboxBatch(long id, List<OutboxMessage> messages) {
}
