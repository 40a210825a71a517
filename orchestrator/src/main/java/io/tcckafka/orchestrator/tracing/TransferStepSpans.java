package io.tcckafka.orchestrator.tracing;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.opentelemetry.api.trace.SpanKind;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.kafka.tracing.Step;
import io.tcckafka.kafka.tracing.StepAttributes;
import io.tcckafka.kafka.tracing.StepSpans;
import io.tcckafka.orchestrator.transfer.StatusChange;

/**
 * The spans of a transfer's status changes, once they commit: accepted or rejected (the trace's root), decided (the
 * Try phase, from accepted to the decision), settled (from the decision to the end). Times are the transfer's stored
 * ones.
 */
@Component
class TransferStepSpans {

    static final String ACCEPTED = "transfer accepted";
    static final String REJECTED = "transfer rejected";
    static final String DECIDED = "transfer decided";
    static final String SETTLED = "transfer settled";

    private final StepSpans spans;

    TransferStepSpans(StepSpans spans) {
        this.spans = spans;
    }

    @TransactionalEventListener
    void on(StatusChange change) {
        if (!spans.on()) {
            return;
        }
        String name = name(change);
        if (name == null) {
            return;
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(StepAttributes.STATUS, change.to().name());
        attributes.put(StepAttributes.REASON, change.reason() == null ? null : change.reason().name());
        if (name.equals(DECIDED)) {
            attributes.put(StepAttributes.DECISION, change.to() == TransferStatus.CONFIRMING ? "confirm" : "cancel");
        }
        if (change.from() == null) {
            spans.root(new Step(name, SpanKind.SERVER, change.transferId(), change.at(),
                    later(change.at(), Instant.now()), attributes));
        } else {
            spans.childOf(null, new Step(name, SpanKind.INTERNAL, change.transferId(), change.since(), change.at(),
                    attributes));
        }
    }

    /** The step a status change is, or null for none worth a span of its own. */
    static String name(StatusChange change) {
        if (change.from() == null) {
            return change.to() == TransferStatus.REJECTED ? REJECTED : ACCEPTED;
        }
        if (change.to() == TransferStatus.CONFIRMING || change.to() == TransferStatus.CANCELLING) {
            return DECIDED;
        }
        return change.to().isTerminal() ? SETTLED : null;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
