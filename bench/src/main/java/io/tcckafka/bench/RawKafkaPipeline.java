package io.tcckafka.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.tcckafka.launcher.load.RequestSender;


/**
 * The Kafka hops of a TCC transfer with nothing else: a service takes a request, sends two Try commands (keyed by
 * account), waits for both replies, sends two Confirm commands, waits for both replies and publishes the event;
 * a participant answers every command at once. No database, no JSON, one consumer each.
 */
final class RawKafkaPipeline implements AutoCloseable {

    private static final int PARTITIONS = 6;
    private static final String TRY = "TRY";
    private static final String CONFIRM = "CONFIRM";

    private final Properties kafka;
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, String[]> accountsOf = new HashMap<>();
    private volatile boolean running = true;

    /** @param kafka the super user's client settings: it makes topics of its own, with no ACLs to grant */
    RawKafkaPipeline(Properties kafka) {
        this.kafka = kafka;
    }

    void start() {
        createTopics();
        threads.add(new Thread(this::runService, "raw-service"));
        threads.add(new Thread(this::runParticipant, "raw-participant"));
        threads.forEach(Thread::start);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void runService() {
        Map<String, Integer> replies = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer("raw-service");
                KafkaProducer<String, String> producer = producer()) {
            consumer.subscribe(List.of(RawKafkaProtocol.REQUESTS, RawKafkaProtocol.REPLIES));
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    if (record.topic().equals(RawKafkaProtocol.REQUESTS)) {
                        String[] request = record.value().split(" ");
                        sendCommands(producer, request[0], TRY, request[1], request[2]);
                        replies.put(request[0], 0);
                        accountsOf.put(request[0], new String[] {request[1], request[2]});
                    } else {
                        onReply(producer, replies, record.value().split(" "));
                    }
                }
            }
        }
    }

    private void onReply(KafkaProducer<String, String> producer, Map<String, Integer> replies, String[] reply) {
        String id = reply[0];
        int count = replies.merge(id, 1, Integer::sum);
        if (count != 2) {
            return;
        }
        if (reply[1].equals(TRY)) {
            replies.put(id, 0);
            String[] accounts = accountsOf.get(id);
            sendCommands(producer, id, CONFIRM, accounts[0], accounts[1]);
        } else {
            replies.remove(id);
            accountsOf.remove(id);
            producer.send(new ProducerRecord<>(RawKafkaProtocol.EVENTS, id, RawKafkaProtocol.COMMITTED));
        }
    }

    private static void sendCommands(KafkaProducer<String, String> producer, String id, String phase, String from,
            String to) {
        producer.send(new ProducerRecord<>(RawKafkaProtocol.COMMANDS, from, id + " " + phase));
        producer.send(new ProducerRecord<>(RawKafkaProtocol.COMMANDS, to, id + " " + phase));
    }

    private void runParticipant() {
        try (KafkaConsumer<String, String> consumer = consumer("raw-participant");
                KafkaProducer<String, String> producer = producer()) {
            consumer.subscribe(List.of(RawKafkaProtocol.COMMANDS));
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    String id = record.value().substring(0, record.value().indexOf(' '));
                    producer.send(new ProducerRecord<>(RawKafkaProtocol.REPLIES, id, record.value()));
                }
            }
        }
    }

    private void createTopics() {
        try (Admin admin = Admin.create(kafka)) {
            for (String topic : List.of(RawKafkaProtocol.REQUESTS, RawKafkaProtocol.COMMANDS,
                    RawKafkaProtocol.REPLIES, RawKafkaProtocol.EVENTS)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private KafkaConsumer<String, String> consumer(String group) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(config);
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(RequestSender.producerConfig(kafka));
    }
}
