package io.tcckafka.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * How a batch listener handles one poll: every record in one go (one database transaction, one wait for the
 * broker), and, if that fails, one record at a time, so that the error handler ({@link ListenerFailurePolicy})
 * hears of the record at fault while the records before it are done and their offsets committed.
 * <p>
 * The handler must be idempotent, as every handler of these topics is: a record of a batch that failed as a
 * whole is handled again on its own, and a batch may have got as far as sending before it failed.
 */
public final class RecordBatches {

    private RecordBatches() {
    }

    /**
     * @param reader  reads a record as its contract type; throws {@link InvalidMessageException} for a poison record
     * @param handler handles records read, in their order; all or nothing
     */
    public static <K, V, T> void handle(List<ConsumerRecord<K, V>> records, Function<ConsumerRecord<K, V>, T> reader,
            Consumer<List<T>> handler) {
        List<T> read = new ArrayList<>(records.size());
        for (ConsumerRecord<K, V> record : records) {
            try {
                read.add(reader.apply(record));
            } catch (RuntimeException unreadable) {
                handleAll(records, read, handler);
                throw failed(unreadable, record);
            }
        }
        handleAll(records, read, handler);
    }

    /** Handles {@code read}, which are the first records of {@code records}, read. */
    private static <K, V, T> void handleAll(List<ConsumerRecord<K, V>> records, List<T> read,
            Consumer<List<T>> handler) {
        if (read.isEmpty()) {
            return;
        }
        try {
            handler.accept(read);
        } catch (RuntimeException batchFailure) {
            for (int i = 0; i < read.size(); i++) {
                try {
                    handler.accept(List.of(read.get(i)));
                } catch (RuntimeException failure) {
                    throw failed(failure, records.get(i));
                }
            }
        }
    }

    private static BatchListenerFailedException failed(RuntimeException failure, ConsumerRecord<?, ?> record) {
        return new BatchListenerFailedException(String.valueOf(failure.getMessage()), failure, record);
    }
}
