package io.tcckafka.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.kafka.listener.BatchListenerFailedException;

class RecordBatchesTest {

    // "?x" cannot be read; a batch holding "x!" fails as a whole; "once" fails the first batch it is in
    static Stream<Arguments> polls() {
        return Stream.of(
                Arguments.of(List.of("a", "b", "c"), List.of(List.of("a", "b", "c")), null),
                Arguments.of(List.of(), List.of(), null),
                Arguments.of(List.of("a", "?b", "c"), List.of(List.of("a")), "?b"),
                Arguments.of(List.of("?a", "b"), List.of(), "?a"),
                Arguments.of(List.of("a", "x!", "c"), List.of(List.of("a")), "x!"),
                Arguments.of(List.of("x!", "b"), List.of(), "x!"),
                Arguments.of(List.of("a", "once", "c"), List.of(List.of("a"), List.of("once"), List.of("c")), null),
                Arguments.of(List.of("a", "x!", "?c"), List.of(List.of("a")), "x!"));
    }

    @ParameterizedTest(name = "{0} -> handled {1}, failed at {2}")
    @MethodSource("polls")
    void handlesAPollInOneGoOrNamesTheRecordAtFault(List<String> values, List<List<String>> handled,
            String failedAt) {
        List<ConsumerRecord<String, String>> records = IntStream.range(0, values.size())
                .mapToObj(i -> new ConsumerRecord<>("topic", 0, i, "key", values.get(i))).toList();
        List<List<String>> committed = new ArrayList<>();
        List<String> failedOnce = new ArrayList<>();

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> RecordBatches.handle(records, RecordBatchesTest::read, batch -> {
                    if (batch.contains("x!") || batch.contains("once") && failedOnce.isEmpty()) {
                        failedOnce.add("once");
                        throw new IllegalStateException("batch failed");
                    }
                    committed.add(batch);
                }));

        assertThat(committed).isEqualTo(handled);
        if (failedAt == null) {
            assertThat(failure).isNull();
        } else {
            assertThat(failure.getRecord().value()).isEqualTo(failedAt);
            assertThat(failure.getCause()).hasMessageContaining(failedAt.startsWith("?") ? "unreadable" : "failed");
        }
    }

    private static String read(ConsumerRecord<String, String> record) {
        if (record.value().startsWith("?")) {
            throw new InvalidMessageException("unreadable: " + record.value());
        }
        return record.value();
    }
}
