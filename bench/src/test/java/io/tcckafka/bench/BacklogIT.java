package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestBroker;

/** The backlog against a real broker: a partition its group reads but never committed counts from its first record. */
class BacklogIT {

    private static final String TOPIC = "backlog.it";

    @Test
    void countsWhatIsLeftPastTheCommittedOffsetsAndOnPartitionsNeverCommitted() throws Exception {
        try (TestBroker broker = TestBroker.start()) {
            Properties kafka = broker.as(Principals.ADMIN).clientConfig();
            try (Admin admin = Admin.create(kafka)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
                try (var producer = new KafkaProducer<>(kafka, new StringSerializer(), new StringSerializer())) {
                    for (int i = 0; i < 5; i++) {
                        producer.send(new ProducerRecord<>(TOPIC, i < 3 ? 0 : 1, "k", "v" + i)).get();
                    }
                }
                assertThat(Backlog.lag(admin, List.of("absent-group"))).isZero();

                Properties reader = new Properties();
                reader.putAll(kafka);
                reader.put(ConsumerConfig.GROUP_ID_CONFIG, "backlog-it");
                reader.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
                try (var consumer = new KafkaConsumer<>(reader, new StringDeserializer(), new StringDeserializer())) {
                    consumer.subscribe(List.of(TOPIC));
                    await().atMost(Duration.ofSeconds(60)).until(() -> {
                        consumer.poll(Duration.ofMillis(100));
                        return consumer.assignment().size() == 2;
                    });
                    // partition 0 read up to its second record, partition 1 never committed
                    consumer.commitSync(Map.of(new TopicPartition(TOPIC, 0), new OffsetAndMetadata(2)));

                    assertThat(Backlog.lag(admin, List.of("backlog-it"))).isEqualTo(1 + 2);
                }
            }
        }
    }
}
