package io.tcckafka.orchestrator.messaging;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.transfer.TransferStore;

/**
 * Backpressure at the door ({@code tcc.orchestrator.max-trying}): while that many transfers or more are in their Try
 * phase, the orchestrator stops reading transfer.requests, and reads on once there is room ({@link IntakeLimit}); its
 * partitions are paused in the inbox ({@link TransferInbox}), which goes on reading the replies that free the room.
 * Beyond what the banks can answer, admitting every request queues Tries behind Tries until each one arrives after
 * its deadline and nearly every transfer aborts; paused, the requests wait on their topic instead, and the
 * transfers admitted commit. The count is the whole system's, from the database every timer interval, plus the
 * requests this instance read that may not be in it yet: a backlog read at full speed stops within one poll of the
 * limit, and a count that has not seen a batch's commit yet does not read on too soon.
 */
@Component
class RequestIntake {

    static final String PAUSED = "tcc.requests.paused";
    static final String PAUSES = "tcc.requests.pauses";
    private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);
    /** A pause is logged at INFO once a minute at most: under a lasting overload the intake stops and starts often. */
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    private final TransferStore transfers;
    private final KafkaListenerEndpointRegistry listeners;
    private final IntakeLimit limit;
    private final Counter pauses;
    /** Requests the inbox read, and those of them whose batch it has done with (committed or given up). */
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    /**
     * The last count minus the requests done before it began: plus {@link #read}, an estimate never too low for this
     * instance's reads (other instances' reads, and transfers submitted over HTTP, show at the next count).
     */
    private volatile long base;
    /** Whether transfer.requests is not to be read: its partitions are paused, and so is any the inbox is given. */
    private volatile boolean paused;
    /** The partitions this paused (a listener container cannot say which of its children's partitions are). */
    private final Set<TopicPartition> pausedPartitions = new HashSet<>();
    private long lastPauseLogged = System.nanoTime() - LOG_EVERY.toNanos() - 1;

    RequestIntake(TransferStore transfers, KafkaListenerEndpointRegistry listeners, OrchestratorProperties properties,
            MeterRegistry meters) {
        this.transfers = transfers;
        this.listeners = listeners;
        this.limit = new IntakeLimit(properties.maxTrying());
        Gauge.builder(PAUSED, () -> paused ? 1 : 0)
                .description("1 while transfer.requests is not read: max-trying transfers are in their Try phase")
                .register(meters);
        this.pauses = Counter.builder(PAUSES)
                .description("Times transfer.requests was paused because max-trying transfers were in their Try phase")
                .register(meters);
    }

    /** The inbox read these requests (a poll may have none): each may start a transfer's Try phase. */
    void reading(int requests) {
        read.addAndGet(requests);
        if (requests > 0 && !limit.isOff()) {
            decide(false);
        }
    }

    /** The inbox has done with these requests: their transfers are in the database, or never will be. */
    void done(int requests) {
        done.addAndGet(requests);
    }

    @Scheduled(fixedDelayString = "${tcc.orchestrator.timer-interval}")
    void look() {
        if (limit.isOff()) {
            return;
        }
        long doneBefore = done.get();
        base = transfers.countInFlight(TransferStatus.ACCEPTED) - doneBefore;
        decide(true);
    }

    /** One decision at a time, from the estimate as it is now: a read just before cannot be undone by a look. */
    private synchronized void decide(boolean mayReadOn) {
        MessageListenerContainer inbox = inbox();
        if (inbox == null) {
            return;
        }
        long estimate = base + read.get();
        if (!paused && limit.isReached(estimate)) {
            paused = true;
            pauses.increment();
            boolean quietMinute = System.nanoTime() - lastPauseLogged > LOG_EVERY.toNanos();
            if (quietMinute) {
                lastPauseLogged = System.nanoTime();
            }
            log.atLevel(quietMinute ? Level.INFO : Level.DEBUG).log("{} transfers in their Try phase (max-trying {}): "
                    + "transfer.requests paused (pauses counted in {})", estimate, limit.maxTrying(), PAUSES);
        } else if (mayReadOn && paused && limit.hasRoom(estimate)) {
            paused = false;
            log.debug("{} transfers in their Try phase: transfer.requests read again", estimate);
        }
        if (paused) {
            // at every decision, so that a partition the inbox was given since the last one is paused too
            for (TopicPartition partition : requestPartitions(inbox)) {
                if (pausedPartitions.add(partition)) {
                    inbox.pausePartition(partition);
                }
            }
        } else if (!pausedPartitions.isEmpty()) {
            pausedPartitions.forEach(inbox::resumePartition);
            pausedPartitions.clear();
        }
    }

    private static List<TopicPartition> requestPartitions(MessageListenerContainer inbox) {
        Collection<TopicPartition> assigned = inbox.getAssignedPartitions();
        return assigned == null ? List.of()
                : assigned.stream().filter(partition -> partition.topic().equals(Topics.TRANSFER_REQUESTS)).toList();
    }

    /** The inbox's container; null before the registry has it. */
    private MessageListenerContainer inbox() {
        return listeners.getListenerContainer(TransferInbox.ID);
    }
}
