package io.tcckafka.launcher.load;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Produces a protocol's requests for a warm-up and a measured window, closed- or open-loop ({@link LoadShape}),
 * delivered as the {@link Delivery} says ({@link RequestSender}), and reads their endings on a thread of its own
 * ({@link EndingReader}), timing each from its request (open loop: from when it was due) to its ending. Then it
 * stops sending, waits up to 30 s for the requests still in flight, and returns what the measured window saw.
 * {@link #run} does it on the caller's thread, {@link #start} on one of its own; one run per generator.
 */
public final class LoadGenerator implements AutoCloseable {

    private static final Duration DRAIN_WITHIN = Duration.ofSeconds(30);

    private final Properties kafka;
    private final RoundTripProtocol protocol;
    private final LoadShape shape;
    private final Delivery delivery;
    private final ProgressLine progress;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final Semaphore inFlight;
    private volatile boolean stopped;
    private FutureTask<LoadResult> background;

    /** @param kafka the client settings (address, credentials) of the principal that sends and reads */
    public LoadGenerator(Properties kafka, RoundTripProtocol protocol, LoadShape shape, Delivery delivery,
            ProgressLine progress) {
        this.kafka = kafka;
        this.protocol = protocol;
        this.shape = shape;
        this.delivery = delivery;
        this.progress = progress;
        this.inFlight = new Semaphore(shape.openLoop() ? 0 : shape.inFlight());
    }

    /**
     * @param name   of the run, in the result and the progress line
     * @param prefix of the requests' ids: {@code <prefix>-0}, {@code <prefix>-1}, …
     */
    public LoadResult run(String name, String prefix, Duration warmup, Duration measured)
            throws InterruptedException {
        LatencyTimeline timeline;
        try (RequestSender sender = new RequestSender(kafka, delivery, this::notSent);
                EndingReader endings = new EndingReader(kafka, protocol)) {
            long start = System.nanoTime();
            long measureFrom = start + warmup.toNanos();
            long measureUntil = measureFrom + measured.toNanos();
            timeline = new LatencyTimeline(start, measureFrom, measureUntil);
            LatencyTimeline recorded = timeline;
            endings.start(name, ending -> ended(ending, recorded));
            OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(start, shape.openLoop() ? shape.rate() : 1, warmup);
            long total = (measureUntil - start) / 1_000_000_000L;
            long nextProgress = start;
            for (long i = 0; ; i++) {
                long due = nextDue(i, schedule, measureUntil);
                if (due < 0) {
                    break;
                }
                String id = prefix + "-" + i;
                ProducerRecord<String, String> request = protocol.request(id);
                pending.put(id, due);
                sent.incrementAndGet();
                sender.send(request);
                long now = System.nanoTime();
                if (now >= nextProgress) {
                    showProgress(name, (now - start) / 1_000_000_000L, total);
                    nextProgress = now + 500_000_000L;
                }
            }
            sender.awaitAcknowledged(() -> stopped);
            awaitDrained(name, total);
        }
        // the endings' thread has ended: the timeline is this thread's now
        progress.finish();
        return new LoadResult(name, shape.toString(), (int) warmup.toSeconds(), (int) measured.toSeconds(),
                sent.get(), timeline.committedPerSecond(), timeline.finishedPerSecond(), timeline.measuredLatency(),
                Map.copyOf(outcomes), pending.size(), timeline.seconds());
    }

    /** {@link #run} on a thread of its own; {@link #awaitResult} waits for it, {@link #close} ends it early. */
    public void start(String name, String prefix, Duration warmup, Duration measured) {
        background = new FutureTask<>(() -> run(name, prefix, warmup, measured));
        new Thread(background, name + "-load").start();
    }

    /** What the run {@link #start}ed saw, once it is over. */
    public LoadResult awaitResult() throws InterruptedException {
        try {
            return background.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the load failed", e.getCause());
        }
    }

    /** Stops sending now, without sending anything again or waiting for endings, and waits for a started run. */
    @Override
    public void close() throws InterruptedException {
        stopped = true;
        if (background != null) {
            try {
                background.get();
            } catch (ExecutionException e) {
                // awaitResult reports it
            }
        }
    }

    /** When the i-th request is due, once it may go; -1 once the measured window is over or the load stopped. */
    private long nextDue(long i, OpenLoopSchedule schedule, long measureUntil) throws InterruptedException {
        if (shape.openLoop()) {
            long due = schedule.dueAt(i);
            if (due >= measureUntil || stopped) {
                return -1;
            }
            waitUntil(due);
            return due;
        }
        while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() >= measureUntil || stopped) {
                return -1;
            }
        }
        long now = System.nanoTime();
        if (now >= measureUntil || stopped) {
            inFlight.release();
            return -1;
        }
        return now;
    }

    private void ended(RoundTripProtocol.Ending ending, LatencyTimeline timeline) {
        Long sentAt = pending.remove(ending.id());
        if (sentAt == null) {
            return; // another run's, or a repeated terminal event
        }
        timeline.record(sentAt, System.nanoTime(), ending.committed());
        if (ending.committed()) {
            committed.incrementAndGet();
        }
        count(ending.outcome());
        release();
    }

    private void notSent(String id) {
        if (pending.remove(id) != null) {
            count("NOT_SENT");
            release();
        }
    }

    private void count(String outcome) {
        synchronized (outcomes) {
            outcomes.merge(outcome, 1L, Long::sum);
        }
    }

    /** A closed loop sends the next one; an open loop's semaphore is not used (its permits would overflow). */
    private void release() {
        if (!shape.openLoop()) {
            inFlight.release();
        }
    }

    private void awaitDrained(String name, long total) throws InterruptedException {
        long until = System.nanoTime() + DRAIN_WITHIN.toNanos();
        while (!pending.isEmpty() && !stopped && System.nanoTime() < until) {
            showProgress(name, total, total);
            Thread.sleep(200);
        }
    }

    private void showProgress(String name, long elapsed, long total) {
        progress.show(name, elapsed, total, "sent " + sent.get() + "  committed " + committed.get()
                + "  in flight " + pending.size());
    }

    static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
