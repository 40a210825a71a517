package io.tcckafka.participant.housekeeping;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.scheduling.annotation.Scheduled;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.participant.barrier.BarrierPurge;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.RetentionBound;
import io.tcckafka.kafka.TopicConfigs;

/**
 * Purges the barrier on a schedule, only while the command topic's actual retention keeps it safe. Refuses to
 * start when the topic's retention, as the broker reports it, breaks the bound.
 */
public class BarrierPurgeJob implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BarrierPurgeJob.class);

    private final BarrierPurge purge;
    private final TopicConfigs topicConfig;
    private final String topic;
    private final Duration barrierRetention;
    private final RetentionBound bound;
    private final int batch;
    private final Counter purged;
    private final Counter skipped;

    public BarrierPurgeJob(BarrierPurge purge, TopicConfigs topicConfig, String bankId,
            Duration barrierRetention, int batch, MeterRegistry registry) {
        this.purge = purge;
        this.purged = Counter.builder("tcc.bank.barrier.purged")
                .description("Finished branches whose barrier rows were purged").register(registry);
        this.skipped = Counter.builder("tcc.bank.barrier.purge.skipped")
                .description("Purge runs skipped: the command topic's retention unsafe or unreadable")
                .register(registry);
        this.topicConfig = topicConfig;
        this.topic = Topics.bankCommands(bankId);
        this.barrierRetention = barrierRetention;
        this.bound = bound(barrierRetention);
        this.batch = batch;
    }

    /** Refuses to start when the command topic, as the broker reports it, keeps records too long for the purge. */
    @Override
    public void run(ApplicationArguments args) {
        topicConfig.read(topic).flatMap(this::violation).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
    }

    @Scheduled(initialDelayString = "${tcc.bank.purge-interval}", fixedDelayString = "${tcc.bank.purge-interval}")
    void purge() {
        Optional<String> unsafe = topicConfig.read(topic).map(this::violation)
                .orElse(Optional.of("the retention of " + topic + " cannot be checked now"));
        if (unsafe.isPresent()) {
            log.error("Barrier purge skipped: {}", unsafe.get());
            skipped.increment();
            return;
        }
        int branches = 0;
        int last;
        do {
            last = purge.purgeBatch(barrierRetention, batch);
            branches += last;
            purged.increment(last);
        } while (last == batch);
        if (branches > 0) {
            log.info("Purged the barrier rows of {} finished branches older than {}", branches, barrierRetention);
        }
    }

    private Optional<String> violation(Map<String, String> topicConfig) {
        return bound.violation(topicConfig, topic);
    }

    /**
     * A branch's rows may go only once no duplicate of its commands can still be read from the command topic.
     * Otherwise a redelivered Try would find no rows, reserve the money again, and nothing would ever release it.
     */
    static RetentionBound bound(Duration barrierRetention) {
        return new RetentionBound("tcc.bank.barrier-retention", barrierRetention,
                "a duplicate Try read after the purge would freeze money for good",
                "Raise tcc.bank.barrier-retention, or lower the topic's retention.ms and segment.ms (tcc-provision "
                        + "kafka --command-retention, --command-segment), or set tcc.bank.purge-enabled=false.");
    }
}
