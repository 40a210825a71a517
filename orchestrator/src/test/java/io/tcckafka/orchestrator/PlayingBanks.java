package io.tcckafka.orchestrator;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;

/**
 * Both banks answering on a thread of their own, every command once per copy it reads (a re-sent command is answered
 * again, as a bank answers it): each Try succeeds unless {@code failing} says the transfer is to fail, each Confirm
 * and Cancel succeeds. Transfers that {@code ignored} matches are left to the test.
 */
final class PlayingBanks implements AutoCloseable {

    private final PlayedBanks banks;
    private final Predicate<String> failing;
    private final Predicate<String> ignored;
    private final Set<String> answered = new HashSet<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private volatile boolean running = true;

    PlayingBanks(PlayedBanks banks, Predicate<String> failing, Predicate<String> ignored) {
        this.banks = banks;
        this.failing = failing;
        this.ignored = ignored;
        thread.submit(this::answerUntilClosed);
    }

    private void answerUntilClosed() {
        while (running) {
            try {
                answerNew(PlayedBanks.BANK_A);
                answerNew(PlayedBanks.BANK_B);
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                return;
            }
        }
    }

    private void answerNew(String topic) {
        List<ConsumerRecord<String, String>> records = banks.probe().records(topic);
        for (ConsumerRecord<String, String> record : records) {
            if (!answered.add(record.topic() + "/" + record.partition() + "/" + record.offset())) {
                continue;
            }
            BranchCommand command = EventJson.read(record.value(), BranchCommand.class);
            if (ignored.test(command.transferId())) {
                continue;
            }
            boolean fails = command.phase() == Phase.TRY && failing.test(command.transferId());
            banks.reply(command, fails ? Outcome.FAILED : Outcome.SUCCEEDED, fails ? Reason.INSUFFICIENT_FUNDS : null);
        }
    }

    /** Throws what went wrong on the banks' thread, if anything did. */
    void check() {
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.shutdown();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        check();
    }
}
