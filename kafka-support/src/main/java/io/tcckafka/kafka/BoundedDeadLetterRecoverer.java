package io.tcckafka.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.EventHeaders;
import io.tcckafka.events.Topics;

/**
 * Publishes a failed record to {@code <topic>.DLT} with the exception headers cut to a bounded size. The original
 * record was at most the broker's record limit; with the exception headers added it must still fit the
 * dead-letter topic's limit ({@link ListenerFailurePolicy#DEAD_LETTER_MAX_BYTES}), or the publication itself would
 * fail and the record would be retried and fail again forever, blocking its partition.
 * <p>
 * The copy keeps the original's CloudEvents headers and traceparent (it is the same event, parked); a record that
 * came without them, such as a client's request, gets them, with an id made of its topic, partition and offset, so
 * dead-lettering it again yields the same id. Each record dead-lettered counts in {@code tcc.dead.letters{topic,cause}}:
 * {@code mismatch} for a record that contradicts what was recorded ({@link MismatchedMessageException}),
 * {@code invalid} for one that can never be processed, {@code failed} for one that failed every retry.
 */
final class BoundedDeadLetterRecoverer extends DeadLetterPublishingRecoverer {

    static final int MAX_EXCEPTION_HEADER_CHARS = 8 * 1024;
    private static final String EXCEPTION_HEADER_PREFIX = "kafka_dlt-exception";

    static final String COUNTER = "tcc.dead.letters";

    private final String eventSource;
    private final MeterRegistry registry;

    BoundedDeadLetterRecoverer(KafkaOperations<?, ?> template, String eventSource, MeterRegistry registry) {
        super(template, (record, exception) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        this.eventSource = eventSource;
        this.registry = registry;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
        super.accept(record, consumer, exception);
        Counter.builder(COUNTER).description("Records copied to their dead-letter topic, by original topic and cause")
                .tag("topic", record.topic()).tag("cause", causeOf(exception)).register(registry).increment();
    }

    static String causeOf(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof MismatchedMessageException) {
                return "mismatch";
            }
            if (t instanceof InvalidMessageException) {
                return "invalid";
            }
        }
        return "failed";
    }

    @Override
    protected ProducerRecord<Object, Object> createProducerRecord(ConsumerRecord<?, ?> record,
            TopicPartition topicPartition, Headers headers, byte[] key, byte[] value) {
        CloudEvent copy = new CloudEvent(record.topic() + "/" + record.partition() + "/" + record.offset(),
                eventSource, EventHeaders.typeOf(record.topic()), Instant.now(),
                record.key() == null ? null : String.valueOf(record.key()));
        return super.createProducerRecord(record, topicPartition,
                CloudEventHeaders.addMissing(bounded(headers), copy), key, value);
    }

    static Headers bounded(Headers headers) {
        List<Header> tooLong = StreamSupport.stream(headers.spliterator(), false)
                .filter(h -> h.key().startsWith(EXCEPTION_HEADER_PREFIX) && h.value() != null
                        && h.value().length > MAX_EXCEPTION_HEADER_CHARS)
                .toList();
        for (Header header : tooLong) {
            headers.remove(header.key());
            String text = new String(header.value(), StandardCharsets.UTF_8);
            headers.add(header.key(), Abbreviation.of(text, MAX_EXCEPTION_HEADER_CHARS).getBytes(StandardCharsets.UTF_8));
        }
        return headers;
    }
}
