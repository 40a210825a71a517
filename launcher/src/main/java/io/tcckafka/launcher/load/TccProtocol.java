package io.tcckafka.launcher.load;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * A TransferRequest to transfer.requests keyed by its transferId, as a client service sends it; ends with its
 * terminal TransferEvent.
 */
public final class TccProtocol implements RoundTripProtocol {

    private final Transfers transfers;

    public TccProtocol(Transfers transfers) {
        this.transfers = transfers;
    }

    @Override
    public ProducerRecord<String, String> request(String id) {
        TransferRequest request = transfers.next(id);
        return new ProducerRecord<>(Topics.TRANSFER_REQUESTS, id, EventJson.write(request));
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
