package io.tcckafka.kafka.tracing;

import java.time.Instant;
import java.util.Map;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Records a finished step of a transfer as a span in the transfer's trace (docs/monitoring.md, Tracing). Off, when no
 * OTLP endpoint is configured, it does nothing: callers ask {@link #on()} before building what a step would say.
 */
public class StepSpans {

    public static final StepSpans OFF = new StepSpans(null);

    private final Tracer tracer;

    public StepSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    public boolean on() {
        return tracer != null;
    }

    /**
     * @param traceparent the header of the record that caused the step; null when none did (a timer, a decision)
     * @param attributes  values that are strings, booleans or numbers; null values are left out
     */
    public void record(String name, SpanKind kind, String transferId, String traceparent, Instant start, Instant end,
            Map<String, ?> attributes) {
        if (!on()) {
            return;
        }
        SpanParent parent = SpanParent.of(transferId, traceparent);
        SpanContext remote = SpanContext.createFromRemoteParent(parent.traceId(), parent.spanId(),
                TraceFlags.getSampled(), TraceState.getDefault());
        Span span = tracer.spanBuilder(name)
                .setParent(Context.root().with(Span.wrap(remote)))
                .setSpanKind(kind)
                .setStartTimestamp(start)
                .setAllAttributes(attributes(transferId, attributes))
                .startSpan();
        span.end(end.isBefore(start) ? start : end);
    }

    private static Attributes attributes(String transferId, Map<String, ?> values) {
        AttributesBuilder builder = Attributes.builder().put(StepAttributes.TRANSFER_ID, transferId);
        values.forEach((key, value) -> {
            if (value instanceof Boolean flag) {
                builder.put(AttributeKey.booleanKey(key), flag);
            } else if (value instanceof Long || value instanceof Integer) {
                builder.put(AttributeKey.longKey(key), ((Number) value).longValue());
            } else if (value != null) {
                builder.put(AttributeKey.stringKey(key), value.toString());
            }
        });
        return builder.build();
    }
}
