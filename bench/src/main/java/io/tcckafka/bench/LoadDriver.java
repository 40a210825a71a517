package io.tcckafka.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.tcckafka.events.AccountRef;
import io.tcckafka.provisioning.Principals;

/**
 * Produces requests closed- or open-loop for the warm-up and the measured window, and consumes their endings on a
 * thread of its own, timing each from its request (open loop: from when it was due) to its ending.
 */
final class LoadDriver {

    private static final Duration DRAIN_WITHIN = Duration.ofSeconds(30);

    private final Properties kafka;
    private final RoundTripProtocol protocol;
    private final AccountPicker accounts;
    private final LoadShape shape;
    private final ProgressLine progress;
    private final Map<String, Long> pending = new ConcurrentHashMap<>();
    private final Map<String, Long> outcomes = new TreeMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private final Semaphore inFlight;
    private volatile boolean consuming = true;

    /** @param kafka the client settings (address, credentials) of the principal that sends and reads */
    LoadDriver(Properties kafka, RoundTripProtocol protocol, AccountPicker accounts, LoadShape shape,
            ProgressLine progress) {
        this.kafka = kafka;
        this.protocol = protocol;
        this.accounts = accounts;
        this.shape = shape;
        this.progress = progress;
        this.inFlight = new Semaphore(shape.openLoop() ? 0 : shape.inFlight());
    }

    LoadResult run(String name, Duration warmup, Duration measured) throws InterruptedException {
        String runId = "b" + UUID.randomUUID().toString().substring(0, 8);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig(kafka));
                KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            assignAtEnd(consumer);
            long start = System.nanoTime();
            long measureFrom = start + warmup.toNanos();
            long measureUntil = measureFrom + measured.toNanos();
            LatencyTimeline timeline = new LatencyTimeline(start, measureFrom, measureUntil);
            Thread endings = new Thread(() -> consume(consumer, timeline), name + "-endings");
            endings.start();
            OpenLoopSchedule schedule = OpenLoopSchedule.perSecond(start, shape.openLoop() ? shape.rate() : 1, warmup);
            Random random = new Random(42);
            long total = (measureUntil - start) / 1_000_000_000L;
            long nextProgress = start;
            for (long i = 0; ; i++) {
                long due = nextDue(i, schedule, measureUntil);
                if (due < 0) {
                    break;
                }
                send(producer, runId + "-" + i, due, random);
                long now = System.nanoTime();
                if (now >= nextProgress) {
                    showProgress(name, (now - start) / 1_000_000_000L, total);
                    nextProgress = now + 500_000_000L;
                }
            }
            producer.flush();
            awaitDrained(name, total);
            consuming = false;
            endings.join();
            progress.finish();
            return new LoadResult(name, shape.toString(), (int) warmup.toSeconds(), (int) measured.toSeconds(),
                    sent.get(), timeline.committedPerSecond(), timeline.finishedPerSecond(),
                    timeline.measuredLatency(), Map.copyOf(outcomes), pending.size(), timeline.seconds());
        }
    }

    /** When the i-th request is due, once it may go; -1 once the measured window is over. */
    private long nextDue(long i, OpenLoopSchedule schedule, long measureUntil) throws InterruptedException {
        if (shape.openLoop()) {
            long due = schedule.dueAt(i);
            if (due >= measureUntil) {
                return -1;
            }
            waitUntil(due);
            return due;
        }
        while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (System.nanoTime() >= measureUntil) {
                return -1;
            }
        }
        long now = System.nanoTime();
        if (now >= measureUntil) {
            inFlight.release();
            return -1;
        }
        return now;
    }

    private void send(KafkaProducer<String, String> producer, String id, long due, Random random) {
        AccountRef[] named = accounts.distinct(random, protocol.accounts());
        pending.put(id, due);
        sent.incrementAndGet();
        producer.send(protocol.request(id, named), (metadata, failure) -> {
            if (failure != null && pending.remove(id) != null) {
                synchronized (outcomes) {
                    outcomes.merge("NOT_SENT", 1L, Long::sum);
                }
                ended();
            }
        });
    }

    private void consume(KafkaConsumer<String, String> consumer, LatencyTimeline timeline) {
        while (consuming) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                RoundTripProtocol.Ending ending = protocol.ending(record);
                if (ending == null) {
                    continue;
                }
                Long sentAt = pending.remove(ending.id());
                if (sentAt == null) {
                    continue; // another run's, or a repeated terminal event
                }
                timeline.record(sentAt, System.nanoTime(), ending.committed());
                if (ending.committed()) {
                    committed.incrementAndGet();
                }
                synchronized (outcomes) {
                    outcomes.merge(ending.outcome(), 1L, Long::sum);
                }
                ended();
            }
        }
    }

    /** A closed loop sends the next one; an open loop's semaphore is not used (its permits would overflow). */
    private void ended() {
        if (!shape.openLoop()) {
            inFlight.release();
        }
    }

    private void awaitDrained(String name, long total) throws InterruptedException {
        long until = System.nanoTime() + DRAIN_WITHIN.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < until) {
            showProgress(name, total, total);
            Thread.sleep(200);
        }
    }

    private void showProgress(String name, long elapsed, long total) {
        progress.show(name, elapsed, total, "sent " + sent.get() + "  committed " + committed.get()
                + "  in flight " + pending.size());
    }

    /** A topic created moments ago may not be in every broker's metadata yet: asks again for a while. */
    private void assignAtEnd(KafkaConsumer<String, String> consumer) {
        long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<TopicPartition> partitions = List.of();
        while (partitions.isEmpty() && System.nanoTime() < giveUpAt) {
            partitions = consumer.partitionsFor(protocol.endingTopic(), Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            if (partitions.isEmpty()) {
                waitUntil(System.nanoTime() + Duration.ofMillis(200).toNanos());
            }
        }
        if (partitions.isEmpty()) {
            throw new IllegalStateException("no topic " + protocol.endingTopic());
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    private static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Producers send String keys and values with every replica's acknowledgement, as a client service does. */
    static Properties producerConfig(Properties kafka) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    // a client may use the consumer groups named after it
    private Properties consumerConfig() {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Principals.groupPrefix(Principals.CLIENT) + "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }
}
