package io.tcckafka.kafka.tracing;

import java.util.regex.Pattern;

import io.tcckafka.kafka.TraceParent;

/**
 * The parent of a step's span: the span of the record that caused the step (its {@code traceparent}) when that
 * record is in the transfer's trace, otherwise the transfer's root, whose span id is derived from the transferId as
 * the trace id is. Either way the span lands in the transfer's trace, whatever the record carried.
 */
public record SpanIds(String traceId, String spanId) {

    private static final Pattern VALID = Pattern.compile("00-\\p{XDigit}{32}-(\\p{XDigit}{16})-\\p{XDigit}{2}");

    public static SpanIds of(String transferId, String traceparent) {
        String traceId = TraceParent.traceId(transferId);
        if (traceparent != null && traceId.equals(TraceParent.traceIdOf(traceparent))) {
            var matcher = VALID.matcher(traceparent);
            if (matcher.matches() && !matcher.group(1).equals("0000000000000000")) {
                return new SpanIds(traceId, matcher.group(1).toLowerCase());
            }
        }
        return root(transferId);
    }

    public static SpanIds root(String transferId) {
        return new SpanIds(TraceParent.traceId(transferId), rootSpanId(transferId));
    }

    /** The span id of the transfer's root: the one of a record whose id is the transferId. */
    public static String rootSpanId(String transferId) {
        String rootTraceparent = TraceParent.of(transferId, transferId);
        return rootTraceparent.substring(36, 52);
    }
}
