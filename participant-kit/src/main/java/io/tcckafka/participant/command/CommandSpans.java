package io.tcckafka.participant.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.transaction.event.TransactionalEventListener;

import io.opentelemetry.api.trace.SpanKind;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.kafka.TraceParent;
import io.tcckafka.kafka.tracing.Step;
import io.tcckafka.kafka.tracing.StepAttributes;
import io.tcckafka.kafka.tracing.StepSpans;
import io.tcckafka.kafka.tracing.TracedValue;

/**
 * A span per command the bank applied, child of the command record's span, timed as the batch's transaction. Its span
 * id is the one the reply record's {@code traceparent} names, so the orchestrator's span of the reply is its child;
 * except for a duplicate, whose reply is the stored one, already named by the span of the command's first delivery.
 * What the barrier made of each command is heard as {@link CommandsHandled} after the commit, on the listener's
 * thread, while {@link #applying} waits for the batch.
 */
public class CommandSpans {

    static final String APPLIED = "command applied";

    private static final Logger log = LoggerFactory.getLogger(CommandSpans.class);

    private final StepSpans spans;
    private final ThreadLocal<List<CommandHandled>> heardOnThisThread = new ThreadLocal<>();

    public CommandSpans(StepSpans spans) {
        this.spans = spans;
    }

    /** Runs {@code apply}, the batch's transaction, and records a span for each of its commands once it committed. */
    List<BranchReply> applying(List<TracedValue<BranchCommand>> commands, Supplier<List<BranchReply>> apply) {
        if (!spans.on()) {
            return apply.get();
        }
        Instant start = Instant.now();
        List<CommandHandled> heard = new ArrayList<>();
        heardOnThisThread.set(heard);
        try {
            List<BranchReply> replies = apply.get();
            try {
                record(commands, replies, heard, start, Instant.now());
            } catch (RuntimeException e) {
                // the batch committed and its replies must go out: a span is never worth a stuck transfer
                log.warn("Tracing: no spans for a batch of {} commands: {}", commands.size(), e.toString());
            }
            return replies;
        } finally {
            heardOnThisThread.remove();
        }
    }

    private void record(List<TracedValue<BranchCommand>> commands, List<BranchReply> replies,
            List<CommandHandled> heard, Instant start, Instant end) {
        for (int i = 0; i < commands.size() && i < replies.size(); i++) {
            BranchReply reply = replies.get(i);
            // heard one for each reply, in order, unless the batch ran inside a caller's transaction
            Boolean duplicate = heard.size() == replies.size() ? heard.get(i).duplicate() : null;
            Step step = new Step(APPLIED, SpanKind.CONSUMER, reply.transferId(), start, end,
                    attributes(reply, duplicate));
            if (!Boolean.FALSE.equals(duplicate)) {
                spans.childOf(commands.get(i).traceparent(), step);
            } else {
                spans.childOf(commands.get(i).traceparent(), step,
                        TraceParent.of(reply.transferId(), CommandListener.idOf(reply)));
            }
        }
    }

    @TransactionalEventListener
    void on(CommandsHandled batch) {
        List<CommandHandled> heard = heardOnThisThread.get();
        if (heard != null) {
            heard.addAll(batch.commands());
        }
    }

    private static Map<String, Object> attributes(BranchReply reply, Boolean duplicate) {
        Map<String, Object> attributes = StepAttributes.of(reply);
        attributes.put(StepAttributes.DUPLICATE, duplicate);
        return attributes;
    }
}
