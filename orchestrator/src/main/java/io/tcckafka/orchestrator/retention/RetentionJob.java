package io.tcckafka.orchestrator.retention;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.RetentionBound;
import io.tcckafka.kafka.TopicConfigs;
import io.tcckafka.orchestrator.clock.DatabaseClock;

/**
 * Purges finished transfers on a schedule, only while the request topic's actual retention keeps it safe. Refuses
 * to start when the topic's retention, as the broker reports it, breaks the bound; skips a run when it cannot check.
 * <p>
 * It runs on a thread of its own: the timers and the outbox relay share the application's one scheduler thread,
 * and a first run over a large backlog must not hold up Try deadlines.
 */
public class RetentionJob implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final String TOPIC = Topics.TRANSFER_REQUESTS;

    private final TransferPurge purge;
    private final TopicConfigs topicConfigs;
    private final DatabaseClock clock;
    private final RetentionProperties properties;
    private final RetentionBound bound;
    private final Counter archived;
    private final Counter deleted;
    private final Counter skipped;
    private final ScheduledExecutorService runs = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "transfer-retention");
        thread.setDaemon(true);
        return thread;
    });

    public RetentionJob(TransferPurge purge, TopicConfigs topicConfigs, DatabaseClock clock,
            RetentionProperties properties, MeterRegistry registry) {
        this.purge = purge;
        this.topicConfigs = topicConfigs;
        this.clock = clock;
        this.properties = properties;
        this.bound = RetentionRules.bound(properties.window());
        this.archived = Counter.builder("tcc.orchestrator.retention.archived")
                .description("Finished transfers moved to the archive tables").register(registry);
        this.deleted = Counter.builder("tcc.orchestrator.retention.deleted")
                .description("Finished transfers deleted (no archive configured)").register(registry);
        this.skipped = Counter.builder("tcc.orchestrator.retention.skipped")
                .description("Retention runs skipped: the request topic's retention unsafe or unreadable")
                .register(registry);
    }

    /** Refuses to start when the request topic keeps records too long for the window; then schedules the runs. */
    @Override
    public void run(ApplicationArguments args) {
        topicConfigs.read(TOPIC).flatMap(this::violation).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        long interval = properties.interval().toMillis();
        runs.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        try {
            purgeAllDue();
        } catch (RuntimeException e) {
            // a failed run must not end the schedule; the next run starts again where this one stopped
            log.error("Transfer retention run failed; the next one is in {}", properties.interval(), e);
        }
    }

    private void purgeAllDue() {
        Optional<String> unsafe = topicConfigs.read(TOPIC).map(this::violation)
                .orElse(Optional.of("the retention of " + TOPIC + " cannot be checked now"));
        if (unsafe.isPresent()) {
            log.error("Transfer retention run skipped: {}", unsafe.get());
            skipped.increment();
            return;
        }
        Instant now = clock.now();
        Instant cutoff = RetentionRules.cutoff(now, properties.window());
        Counter counter = properties.archive() ? archived : deleted;
        int transfers = 0;
        int last;
        do {
            last = purge.purgeBatch(cutoff, properties.batch(), properties.archive(), now);
            transfers += last;
            counter.increment(last);
        } while (last == properties.batch());
        if (transfers > 0) {
            log.info("{} {} transfers finished before {}", properties.archive() ? "Archived" : "Deleted", transfers,
                    cutoff);
        }
    }

    private Optional<String> violation(Map<String, String> topicConfig) {
        return bound.violation(topicConfig, TOPIC);
    }

    @Override
    public void destroy() {
        runs.shutdownNow();
    }
}
