package io.tcckafka.launcher.load;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/** How the {@link LoadGenerator} asks for one round trip and recognises its end. */
public interface RoundTripProtocol {

    /** The end of one round trip: which one, and whether it committed (else how it ended). */
    record Ending(String id, boolean committed, String outcome) {
    }

    /** The next request, keyed by {@code id}; called by one thread, one request after the other. */
    ProducerRecord<String, String> request(String id);

    String endingTopic();

    /** The ending this record announces, or null if it announces none (e.g. an intermediate status). */
    Ending ending(ConsumerRecord<String, String> record);
}
