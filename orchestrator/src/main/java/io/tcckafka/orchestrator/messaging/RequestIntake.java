package io.tcckafka.orchestrator.messaging;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

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
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.transfer.TransferStore;

/**
 * Backpressure at the door ({@code tcc.orchestrator.max-trying}): while that many transfers or more are in their Try
 * phase, the orchestrator stops reading transfer.requests, and reads on once there is room ({@link IntakeLimit}).
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
    /** Requests the listener read, and those of them whose batch it has done with (committed or given up). */
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    /**
     * The last count minus the requests done before it began: plus {@link #read}, an estimate never too low for this
     * instance's reads (other instances' reads, and transfers submitted over HTTP, show at the next count).
     */
    private volatile long base;
    private long lastPauseLogged = System.nanoTime() - LOG_EVERY.toNanos() - 1;

    RequestIntake(TransferStore transfers, KafkaListenerEndpointRegistry listeners, OrchestratorProperties properties,
            MeterRegistry meters) {
        this.transfers = transfers;
        this.listeners = listeners;
        this.limit = new IntakeLimit(properties.maxTrying());
        Gauge.builder(PAUSED, () -> isPaused() ? 1 : 0)
                .description("1 while transfer.requests is not read: max-trying transfers are in their Try phase")
                .register(meters);
        this.pauses = Counter.builder(PAUSES)
                .description("Times transfer.requests was paused because max-trying transfers were in their Try phase")
                .register(meters);
    }

    /** The listener read these requests: each may start a transfer's Try phase. */
    void reading(int requests) {
        read.addAndGet(requests);
        if (!limit.isOff()) {
            decide(false);
        }
    }

    /** The listener has done with these requests: their transfers are in the database, or never will be. */
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
        MessageListenerContainer requests = requests();
        if (requests == null) {
            return;
        }
        long estimate = base + read.get();
        if (!requests.isPauseRequested() && limit.isReached(estimate)) {
            requests.pause();
            pauses.increment();
            boolean quietMinute = System.nanoTime() - lastPauseLogged > LOG_EVERY.toNanos();
            if (quietMinute) {
                lastPauseLogged = System.nanoTime();
            }
            log.atLevel(quietMinute ? Level.INFO : Level.DEBUG).log("{} transfers in their Try phase (max-trying {}): "
                    + "transfer.requests paused (pauses counted in {})", estimate, limit.maxTrying(), PAUSES);
        } else if (mayReadOn && requests.isPauseRequested() && limit.hasRoom(estimate)) {
            requests.resume();
            log.debug("{} transfers in their Try phase: transfer.requests read again", estimate);
        }
    }

    private boolean isPaused() {
        MessageListenerContainer requests = requests();
        return requests != null && requests.isPauseRequested();
    }

    /** The listener's container; null before the registry has it. */
    private MessageListenerContainer requests() {
        return listeners.getListenerContainer(TransferRequestListener.ID);
    }
}
