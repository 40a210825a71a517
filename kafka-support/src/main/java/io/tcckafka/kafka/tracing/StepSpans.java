package io.tcckafka.kafka.tracing;

import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.tcckafka.kafka.TraceParent;

/**
 * Records the finished steps of transfers as spans in each transfer's trace (docs/monitoring.md, Tracing): the trace
 * id is the one {@link TraceParent} derives from the transferId, and a step's parent is the span of the record that
 * caused it. Off, when no OTLP endpoint is configured, it does nothing: callers ask {@link #on()} before building
 * their steps.
 */
public class StepSpans {

    private static final Logger log = LoggerFactory.getLogger(StepSpans.class);

    public static final StepSpans OFF = new StepSpans(null);

    private final Tracer tracer;

    public StepSpans(Tracer tracer) {
        this.tracer = tracer;
    }

    public boolean on() {
        return tracer != null;
    }

    /** The transfer's root span (the request's acceptance or rejection), parent of the steps without a record. */
    public void root(Step step) {
        record(step, () -> builder(step).setNoParent(), () -> SpanIds.root(step.transferId()));
    }

    /** @param traceparent the header of the record that caused the step; null when none did (a decision) */
    public void childOf(String traceparent, Step step) {
        record(step, () -> builder(step).setParent(parent(step.transferId(), traceparent)), () -> null);
    }

    /**
     * @param produced the {@code traceparent} of the record this step produced, whose span this step's span is: the
     *                 record's consumer finds its parent in the trace (a random span id if it is not in the trace)
     */
    public void childOf(String traceparent, Step step, String produced) {
        record(step, () -> builder(step).setParent(parent(step.transferId(), traceparent)), () -> {
            SpanIds own = SpanIds.of(step.transferId(), produced);
            return own.equals(SpanIds.root(step.transferId())) ? null : own;
        });
    }

    private SpanBuilder builder(Step step) {
        return tracer.spanBuilder(step.name()).setSpanKind(step.kind()).setStartTimestamp(step.start())
                .setAllAttributes(attributes(step.transferId(), step.attributes()));
    }

    /** Never fails the step it records (a listener's batch, a commit): a span that cannot be made is logged, left out. */
    private void record(Step step, Supplier<SpanBuilder> builders, Supplier<SpanIds> ids) {
        if (!on()) {
            return;
        }
        try {
            SpanIds own = ids.get();
            SpanBuilder builder = builders.get();
            Span span = own == null ? builder.startSpan() : DerivedIdGenerator.starting(own, builder::startSpan);
            span.end(step.end().isBefore(step.start()) ? step.start() : step.end());
        } catch (RuntimeException e) {
            log.warn("Tracing: no span for {} of transfer {}: {}", step.name(), step.transferId(), e.toString());
        }
    }

    private static Context parent(String transferId, String traceparent) {
        SpanIds parent = SpanIds.of(transferId, traceparent);
        return Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(parent.traceId(), parent.spanId(),
                TraceFlags.getSampled(), TraceState.getDefault())));
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
