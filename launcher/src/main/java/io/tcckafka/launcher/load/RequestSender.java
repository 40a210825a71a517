package io.tcckafka.launcher.load;

import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Produces a load's requests and sees each one acknowledged, or not, as its {@link Delivery} says. */
public final class RequestSender implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final Delivery delivery;
    private final Consumer<String> notSent;
    private final Queue<ProducerRecord<String, String>> refused = new ConcurrentLinkedQueue<>();

    /** @param notSent told the key of each request that will not be sent again ({@link Delivery#ONCE}) */
    RequestSender(Properties kafka, Delivery delivery, Consumer<String> notSent) {
        this.producer = new KafkaProducer<>(producerConfig(kafka));
        this.delivery = delivery;
        this.notSent = notSent;
    }

    /** Sends the ones the broker refused again, then this one, without waiting for the broker. */
    void send(ProducerRecord<String, String> request) {
        sendRefusedAgain();
        produce(request);
    }

    /** Waits until the broker has answered every request, sending the refused ones again until none is left. */
    void awaitAcknowledged(BooleanSupplier givenUp) {
        producer.flush();
        while (!refused.isEmpty() && !givenUp.getAsBoolean()) {
            sendRefusedAgain();
            producer.flush();
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Producers send String keys and values with every replica's acknowledgement, as a client service does. */
    public static Properties producerConfig(Properties kafka) {
        Properties config = new Properties();
        config.putAll(kafka);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return config;
    }

    private void sendRefusedAgain() {
        for (ProducerRecord<String, String> request; (request = refused.poll()) != null;) {
            produce(request);
        }
    }

    private void produce(ProducerRecord<String, String> request) {
        producer.send(request, (metadata, failure) -> {
            if (failure == null) {
                return;
            }
            if (delivery == Delivery.UNTIL_ACKNOWLEDGED) {
                refused.add(request);
            } else {
                notSent.accept(request.key());
            }
        });
    }
}
