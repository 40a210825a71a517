package io.tcckafka.participant.command;

import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.BranchReply;

/**
 * Counts the commands this bank answered (docs/monitoring.md), after commit only: a racing duplicate that rolled
 * back on the barrier's key and then answered from the barrier counts once, as a duplicate.
 */
public class ParticipantMetrics {

    static final String COMMANDS = "tcc.bank.commands";
    static final String DUPLICATES = "tcc.bank.commands.duplicate";

    private final MeterRegistry registry;

    public ParticipantMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @TransactionalEventListener
    void on(CommandsHandled batch) {
        batch.commands().forEach(this::count);
    }

    private void count(CommandHandled handled) {
        BranchReply reply = handled.reply();
        if (handled.duplicate()) {
            Counter.builder(DUPLICATES).description("Commands seen before, answered from the barrier, by phase")
                    .tag("phase", reply.phase().name()).register(registry).increment();
            return;
        }
        Counter.builder(COMMANDS).description("Commands applied or refused, by phase, outcome and reason")
                .tag("phase", reply.phase().name()).tag("outcome", reply.outcome().name())
                .tag("reason", reply.reason() == null ? "none" : reply.reason().name())
                .register(registry).increment();
    }
}
