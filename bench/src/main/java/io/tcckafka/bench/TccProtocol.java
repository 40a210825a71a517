package io.tcckafka.bench;

import java.math.BigDecimal;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * A TransferRequest to transfer.requests keyed by its transferId; ends with its terminal TransferEvent. One posting
 * is the single form; more are one payer paying each of that many payees 1.00.
 */
final class TccProtocol implements RoundTripProtocol {

    private static final BigDecimal AMOUNT = new BigDecimal("1.00");

    private final int postings;

    TccProtocol(int postings) {
        this.postings = postings;
    }

    @Override
    public int accounts() {
        return postings + 1;
    }

    @Override
    public ProducerRecord<String, String> request(String id, AccountRef[] accounts) {
        TransferRequest request = postings == 1 ? new TransferRequest(id, accounts[0], accounts[1], AMOUNT)
                : TransferRequest.of(id, Arrays.stream(accounts, 1, accounts.length)
                        .map(payee -> new Posting(accounts[0], payee, AMOUNT)).toList());
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
