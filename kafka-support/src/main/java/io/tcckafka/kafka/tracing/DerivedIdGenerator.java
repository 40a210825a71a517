package io.tcckafka.kafka.tracing;

import java.util.function.Supplier;

import io.opentelemetry.sdk.trace.IdGenerator;

/**
 * The tracer's ids: random, except for a span that a step starts with ids it derived (the transfer's root span, the
 * span of a record a step produced), so that the records' {@code traceparent} headers name spans that exist.
 */
final class DerivedIdGenerator implements IdGenerator {

    static final DerivedIdGenerator INSTANCE = new DerivedIdGenerator();

    private static final IdGenerator RANDOM = IdGenerator.random();
    private static final ThreadLocal<SpanIds> NEXT = new ThreadLocal<>();

    private DerivedIdGenerator() {
    }

    /** Starts a span with these ids: the trace id is used only by a span without a parent. */
    static <T> T starting(SpanIds ids, Supplier<T> start) {
        NEXT.set(ids);
        try {
            return start.get();
        } finally {
            NEXT.remove();
        }
    }

    @Override
    public String generateSpanId() {
        SpanIds next = NEXT.get();
        return next == null ? RANDOM.generateSpanId() : next.spanId();
    }

    @Override
    public String generateTraceId() {
        SpanIds next = NEXT.get();
        return next == null ? RANDOM.generateTraceId() : next.traceId();
    }
}
