package io.tcckafka.bench;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.AccountRef;

/** How a load driver asks for one round trip and recognises its end. */
interface RoundTripProtocol {

    /** The end of one round trip: which one, and whether it committed (else how it ended). */
    record Ending(String id, boolean committed, String outcome) {
    }

    /** How many accounts one round trip names: a payer, then its payees. */
    default int accounts() {
        return 2;
    }

    /** @param accounts {@link #accounts()} different ones, the payer first */
    ProducerRecord<String, String> request(String id, AccountRef[] accounts);

    String endingTopic();

    /** The ending this record announces, or null if it announces none (e.g. an intermediate status). */
    Ending ending(ConsumerRecord<String, String> record);
}
