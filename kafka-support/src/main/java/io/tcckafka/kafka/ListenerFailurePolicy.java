package io.tcckafka.kafka;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * What a listener does with a record it failed on.
 * <ul>
 * <li>Poison (unparseable, invalid): straight to {@code <topic>.DLT}, the reason in the headers (see
 * {@link BoundedDeadLetterRecoverer}).</li>
 * <li>Transient: the database or broker is unreachable, or a lock wait timed out or deadlocked. Retry the same
 * record forever with capped backoff: it is not the record's fault, and dead-lettering it would lose a request
 * or a reply for good.</li>
 * <li>Anything else: a few quick retries, then the DLT, so the partition never blocks.</li>
 * </ul>
 */
public final class ListenerFailurePolicy {

    /**
     * What a dead-letter topic accepts: twice the broker's default record limit, so that a record of the largest
     * size its own topic accepts still fits with the exception headers added.
     */
    public static final int DEAD_LETTER_MAX_BYTES = 2 * 1024 * 1024;

    private static final long MAX_INTERVAL_MS = 10_000;
    private static final int OTHER_ATTEMPTS = 4;

    private ListenerFailurePolicy() {
    }

    /**
     * @param eventSource the {@code ce_source} of dead-letter copies of records that came without CloudEvents headers
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<?, ?> template, String eventSource,
            MeterRegistry registry) {
        var handler = new DefaultErrorHandler(new BoundedDeadLetterRecoverer(template, eventSource, registry),
                limitedBackOff());
        handler.addNotRetryableExceptions(InvalidMessageException.class, DeserializationException.class,
                ConversionException.class);
        handler.setBackOffFunction((record, exception) -> isTransient(exception) ? unlimitedBackOff() : null);
        return handler;
    }

    static boolean isTransient(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof TransientDataAccessException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof org.apache.kafka.common.errors.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff limitedBackOff() {
        var backOff = new ExponentialBackOff(100, 2);
        backOff.setMaxAttempts(OTHER_ATTEMPTS);
        return backOff;
    }

    private static BackOff unlimitedBackOff() {
        var backOff = new ExponentialBackOff(200, 2);
        backOff.setMaxInterval(MAX_INTERVAL_MS);
        return backOff;
    }
}
