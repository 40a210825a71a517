package io.tcckafka.testing;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A real single-node KRaft broker in this JVM, on a free port, for one test class. */
public final class TestBroker implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);

    private TestBroker() {
        broker.afterPropertiesSet();
    }

    public static TestBroker start() {
        return new TestBroker();
    }

    public String bootstrapServers() {
        return broker.getBrokersAsString();
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
