package io.tcckafka.orchestrator.tracing;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import io.opentelemetry.api.trace.SpanKind;
import io.tcckafka.events.BranchReply;
import io.tcckafka.kafka.tracing.Step;
import io.tcckafka.kafka.tracing.StepAttributes;
import io.tcckafka.kafka.tracing.StepSpans;
import io.tcckafka.kafka.tracing.TracedValue;

/**
 * A span per reply the orchestrator applied, child of the reply record's span; timed as the batch it came in (one
 * transaction for the poll).
 */
@Component
public class ReplySpans {

    static final String RECEIVED = "reply received";

    private final StepSpans spans;

    ReplySpans(StepSpans spans) {
        this.spans = spans;
    }

    public void applied(List<TracedValue<BranchReply>> replies, Instant batchStart) {
        if (!spans.on()) {
            return;
        }
        Instant end = Instant.now();
        for (TracedValue<BranchReply> traced : replies) {
            BranchReply reply = traced.value();
            spans.childOf(traced.traceparent(), new Step(RECEIVED, SpanKind.CONSUMER, reply.transferId(), batchStart,
                    end, StepAttributes.of(reply)));
        }
    }
}
