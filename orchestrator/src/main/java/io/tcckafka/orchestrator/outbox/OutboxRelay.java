package io.tcckafka.orchestrator.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

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

/**
 * Sends outbox rows in id order and deletes them once the broker acknowledged every one, in one transaction.
 * Woken right after each commit that wrote rows; polls as a safety net. A crash between send and delete sends
 * the rows again: every consumer of these topics treats a duplicate as harmless.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final OutboxRepository repository;
    private final KafkaTemplate<String, Object> kafka;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final Duration poll;
    private final String eventSource;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile Thread worker;

    OutboxRelay(OutboxRepository repository, KafkaTemplate<String, Object> kafka, TransactionTemplate transaction,
            OrchestratorProperties properties, @Value(KafkaSupportConfiguration.EVENT_SOURCE) String eventSource) {
        this.repository = repository;
        this.kafka = kafka;
        this.transaction = transaction;
        this.batchSize = properties.outboxBatch();
        this.poll = properties.outboxPoll();
        this.eventSource = eventSource;
    }

    @TransactionalEventListener
    void onAppended(Outbox.OutboxAppended appended) {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    private void run() {
        while (worker == Thread.currentThread()) {
            try {
                Integer sent = transaction.execute(status -> relayBatch());
                if (sent == null || sent < batchSize) {
                    wakeUp.tryAcquire(poll.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("outbox relay failed, rows stay for the next attempt: {}", e.toString());
                pause();
            }
        }
    }

    private int relayBatch() {
        List<OutboxMessage> batch = repository.lockOldest(batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        Failpoint.reach("relay.before-send", () -> payloads(batch));
        CompletableFuture<?>[] acks = batch.stream()
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
        // one "DELETE … WHERE id = ?" per row (JDBC-batched): a DELETE … IN (…) may be run as a scan, which waits on
        // the rows another relay holds, and the two deadlock
        repository.deleteAll(batch);
        return batch.size();
    }

    private static String payloads(List<OutboxMessage> batch) {
        return batch.stream().map(OutboxMessage::payload).toList().toString();
    }

    private void pause() {
        try {
            Thread.sleep(poll.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
