package io.tcckafka.orchestrator.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import io.tcckafka.kafka.Failpoint;
import io.tcckafka.kafka.KafkaSupportConfiguration;
import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.clock.DatabaseClock;

/**
 * Sends outbox rows (each the messages of one step, {@link OutboxBatch}) right after the transaction that wrote them commits, on the committing thread, and deletes them
 * (on its own thread, in batches) once the broker has acknowledged them. A row that was not sent that way (the send
 * failed, or the instance died first) is still there after {@code outboxGrace}; the safety net, which looks every
 * {@code outboxPoll}, then sends it and deletes it in one transaction. A crash between send and delete sends the row
 * again: every consumer of these topics treats a duplicate as harmless.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DELETE_PAUSE = Duration.ofMillis(100);

    private final OutboxRows rows;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transaction;
    private final DatabaseClock clock;
    private final int batchSize;
    private final Duration poll;
    private final Duration grace;
    private final String eventSource;
    /** The rows whose every message the broker acknowledged. */
    private final LinkedBlockingQueue<OutboxBatch> acknowledged = new LinkedBlockingQueue<>();
    private volatile Thread worker;

    OutboxRelay(OutboxRows rows, KafkaTemplate<String, Object> kafka, TransactionTemplate transaction,
            DatabaseClock clock, OrchestratorProperties properties,
            @Value(KafkaSupportConfiguration.EVENT_SOURCE) String eventSource) {
        this.rows = rows;
        this.kafka = kafka;
        this.transaction = transaction;
        this.clock = clock;
        this.batchSize = properties.outboxBatch();
        this.poll = properties.outboxPoll();
        this.grace = properties.outboxGrace();
        this.eventSource = eventSource;
    }

    /** The fast path: the rows just committed go out now; each is deleted once all its messages are acknowledged. */
    @TransactionalEventListener
    void onAppended(Outbox.OutboxAppended appended) {
        try {
            Failpoint.reach("relay.before-send", () -> payloads(appended.rows()));
            for (OutboxBatch row : appended.rows()) {
                AtomicInteger unacknowledged = new AtomicInteger(row.messages().size());
                for (OutboxMessage message : row.messages()) {
                    kafka.send(message.toRecord(eventSource)).whenComplete((result, failure) -> {
                        if (failure == null && unacknowledged.decrementAndGet() == 0) {
                            acknowledged.add(row);
                        }
                    });
                }
            }
        } catch (RuntimeException e) {
            log.warn("outbox rows not sent after commit, the safety net sends them: {}", e.toString());
        }
    }

    private void run() {
        long nextLook = System.nanoTime();
        while (worker == Thread.currentThread()) {
            try {
                OutboxBatch first = acknowledged.poll(poll.toMillis(), TimeUnit.MILLISECONDS);
                if (first != null) {
                    deleteAcknowledged(first);
                    // rows acknowledged meanwhile are deleted together: a transaction a pause, not one a send
                    Thread.sleep(DELETE_PAUSE.toMillis());
                }
                if (System.nanoTime() - nextLook >= 0) {
                    while (transaction.execute(status -> sendForgotten()) == batchSize) {
                        // a full batch: there may be more
                    }
                    nextLook = System.nanoTime() + poll.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay failed, rows stay for the next attempt: {}", e.toString());
            }
        }
    }

    /** Deletes every row acknowledged by now, at most {@code outboxBatch} a statement. */
    private void deleteAcknowledged(OutboxBatch first) {
        List<OutboxBatch> sent = new ArrayList<>(List.of(first));
        acknowledged.drainTo(sent);
        Failpoint.reach("relay.after-send", () -> payloads(sent));
        transaction.executeWithoutResult(status -> {
            for (int from = 0; from < sent.size(); from += batchSize) {
                rows.delete(sent.subList(from, Math.min(sent.size(), from + batchSize)).stream().map(OutboxBatch::id)
                        .toList());
            }
        });
    }

    /** The safety net: rows older than the grace period, sent and deleted in one transaction. */
    private int sendForgotten() {
        List<OutboxBatch> batch = rows.lockOldest(clock.now().minus(grace), batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        log.info("sending {} outbox rows older than {} that were not sent after their commit", batch.size(), grace);
        Failpoint.reach("relay.before-send", () -> payloads(batch));
        CompletableFuture<?>[] acks = batch.stream().flatMap(row -> row.messages().stream())
                .map(m -> kafka.send(m.toRecord(eventSource)))
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(acks).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("broker did not acknowledge the outbox batch", e);
        }
        Failpoint.reach("relay.after-send", () -> payloads(batch));
        rows.delete(batch.stream().map(OutboxBatch::id).toList());
        return batch.size();
    }

    private static String payloads(List<OutboxBatch> rows) {
        return rows.stream().flatMap(row -> row.messages().stream()).map(OutboxMessage::payload).toList().toString();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(SEND_TIMEOUT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }
}
