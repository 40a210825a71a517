package io.tcckafka.bench;

import java.math.BigDecimal;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/** A TransferRequest to transfer.requests keyed by its transferId; ends with its terminal TransferEvent. */
final class TccProtocol implements RoundTripProtocol {

    private static final BigDecimal AMOUNT = new BigDecimal("1.00");

    @Override
    public ProducerRecord<String, String> request(String id, AccountRef from, AccountRef to) {
        return new ProducerRecord<>(Topics.TRANSFER_REQUESTS, id,
                EventJson.write(new TransferRequest(id, from, to, AMOUNT)));
    }

    @Override
    public String endingTopic() {
        return Topics.TRANSFER_EVENTS;
    }

    @Override
    public Ending ending(ConsumerRecord<String, String> record) {
        TransferEvent event = EventJson.read(record.value(), TransferEvent.class);
        if (!event.status().isTerminal()) {
            return null;
        }
        return new Ending(event.transferId(), event.status() == TransferStatus.COMMITTED, event.status().name());
    }
}
