package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class ListenerFailurePolicyTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new CannotAcquireLockException("deadlock"), true),
                Arguments.of(new QueryTimeoutException("lock wait timeout"), true),
                Arguments.of(new DataAccessResourceFailureException("connection refused"), true),
                Arguments.of(new CannotCreateTransactionException("no connection"), true),
                Arguments.of(new TimeoutException("broker unreachable"), true),
                Arguments.of(new ListenerExecutionFailedException("listener failed",
                        new CannotCreateTransactionException("no connection")), true),
                Arguments.of(new DataIntegrityViolationException("duplicate key"), false),
                Arguments.of(new InvalidMessageException("bad"), false),
                Arguments.of(new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0} -> retried forever: {1}")
    @MethodSource("failures")
    void onlyTransientFailuresAreRetriedForever(Exception failure, boolean transientFailure) {
        assertThat(ListenerFailurePolicy.isTransient(failure)).isEqualTo(transientFailure);
    }
}
