package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestBroker;

/**
 * The load generator against a real broker in this JVM and a responder that ends every request at once: what it
 * sends closed- and open-loop, that every request it sent is seen ending, and that a started run stops when closed.
 */
class LoadGeneratorIT {

    private static final String REQUESTS = "load.requests";
    private static final String ENDINGS = "load.endings";

    private static TestBroker broker;
    private static Properties kafka;
    private static Thread responder;
    private static final CountDownLatch RESPONDER_ASSIGNED = new CountDownLatch(1);
    private static volatile boolean responding = true;

    /** A request is its id; its ending, keyed by the id, says COMMITTED. */
    private static final RoundTripProtocol ECHO = new RoundTripProtocol() {
        @Override
        public ProducerRecord<String, String> request(String id) {
            return new ProducerRecord<>(REQUESTS, id, id);
        }

        @Override
        public String endingTopic() {
            return ENDINGS;
        }

        @Override
        public Ending ending(ConsumerRecord<String, String> record) {
            return new Ending(record.key(), record.value().equals("COMMITTED"), record.value());
        }
    };

    @BeforeAll
    static void startBrokerAndResponder() throws InterruptedException, ExecutionException {
        broker = TestBroker.start();
        kafka = broker.as(Principals.ADMIN).clientConfig();
        try (Admin admin = Admin.create(kafka)) {
            admin.createTopics(List.of(new NewTopic(REQUESTS, 3, (short) 1), new NewTopic(ENDINGS, 3, (short) 1)))
                    .all().get();
        }
        responder = new Thread(LoadGeneratorIT::respond, "responder");
        responder.start();
        assertThat(RESPONDER_ASSIGNED.await(60, TimeUnit.SECONDS)).as("the responder has its partitions").isTrue();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        responding = false;
        responder.join();
        broker.close();
    }

    @Test
    void aClosedLoopSeesEveryRequestItSentEnd() throws InterruptedException {
        LoadResult result = new LoadGenerator(kafka, ECHO, LoadShape.closed(20), Delivery.ONCE,
                ProgressLine.silent()).run("closed", "closed", Duration.ofSeconds(1), Duration.ofSeconds(2));

        assertThat(result.sent()).isPositive();
        assertThat(result.unfinished()).isZero();
        assertThat(result.outcomes()).containsOnlyKeys("COMMITTED").containsEntry("COMMITTED", result.sent());
        assertThat(result.committedPerSecond()).isPositive();
        assertThat(result.latency().count()).isPositive();
        assertThat(result.shape()).isEqualTo("closed loop, 20 in flight");
    }

    @Test
    void anOpenLoopSendsAtItsRate() throws InterruptedException {
        LoadResult result = new LoadGenerator(kafka, ECHO, LoadShape.open(50), Delivery.UNTIL_ACKNOWLEDGED,
                ProgressLine.silent()).run("open", "open", Duration.ZERO, Duration.ofSeconds(2));

        assertThat(result.sent()).isEqualTo(100);
        assertThat(result.unfinished()).isZero();
        assertThat(result.outcomes()).containsEntry("COMMITTED", 100L);
    }

    @Test
    void aStartedRunStopsWhenClosed() throws InterruptedException {
        long started = System.nanoTime();
        try (var load = new LoadGenerator(kafka, ECHO, LoadShape.open(50), Delivery.UNTIL_ACKNOWLEDGED,
                ProgressLine.silent())) {
            load.start("started", "started", Duration.ZERO, Duration.ofMinutes(5));
            Thread.sleep(1_000);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
    }

    /** Answers every request with COMMITTED on the endings topic. */
    private static void respond() {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "responder");
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (var consumer = new KafkaConsumer<String, String>(config);
                var producer = new KafkaProducer<String, String>(RequestSender.producerConfig(kafka))) {
            consumer.subscribe(List.of(REQUESTS));
            while (responding) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    producer.send(new ProducerRecord<>(ENDINGS, record.key(), "COMMITTED"));
                }
                if (!consumer.assignment().isEmpty()) {
                    RESPONDER_ASSIGNED.countDown();
                }
            }
        }
    }
}
