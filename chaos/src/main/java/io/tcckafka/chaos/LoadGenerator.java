package io.tcckafka.chaos;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.sandbox.StackClient;

/**
 * Sends random transfers at a steady rate from a thread of its own, as a client service would: a request the
 * broker did not acknowledge is sent again with the same transferId until it is, which the orchestrator treats as
 * one request. Some amounts are more than the payer holds; a quarter of the transfers have two or three postings.
 */
final class LoadGenerator implements AutoCloseable {

    private final StackClient client;
    private final List<AccountRef> accounts;
    private final Random random;
    private final Duration interval;
    private final String runId;
    private final Queue<TransferRequest> sent = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    LoadGenerator(StackClient client, List<AccountRef> accounts, long seed, int perSecond, String runId) {
        this.client = client;
        this.accounts = accounts;
        this.random = new Random(seed);
        this.interval = Duration.ofNanos(1_000_000_000L / perSecond);
        this.runId = runId;
        this.thread = new Thread(this::run, "chaos-load");
    }

    void start() {
        thread.start();
    }

    List<TransferRequest> sent() {
        return List.copyOf(sent);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }

    private void run() {
        long next = System.nanoTime();
        while (running) {
            TransferRequest request = next();
            sendUntilAcknowledged(request);
            sent.add(request);
            next += interval.toNanos();
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** One posting three times in four, else two or three postings between random accounts, all or nothing. */
    private TransferRequest next() {
        String id = runId + "-" + sent.size();
        if (random.nextInt(4) > 0) {
            Posting posting = posting();
            return new TransferRequest(id, posting.from(), posting.to(), posting.amount());
        }
        return TransferRequest.of(id, IntStream.range(0, random.nextInt(2, 4)).mapToObj(i -> posting()).toList());
    }

    private Posting posting() {
        AccountRef from = accounts.get(random.nextInt(accounts.size()));
        AccountRef to;
        do {
            to = accounts.get(random.nextInt(accounts.size()));
        } while (to.equals(from));
        return new Posting(from, to, BigDecimal.valueOf(random.nextLong(1, 40_000), 2));
    }

    private void sendUntilAcknowledged(TransferRequest request) {
        while (true) {
            try {
                client.request(request);
                return;
            } catch (IllegalStateException notAcknowledged) {
                // the broker is away: the same request again, for as long as it takes
            }
        }
    }
}
