package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;

/**
 * Many transfers at once over few accounts, so that they contend for the same rows on both banks, with two
 * orchestrator instances sharing the work: never two decisions for one transfer.
 */
class ConcurrentTransfersIT extends StackFixture {

    private static final int TRANSFERS = 500;
    private static final int ACCOUNTS_PER_BANK = 10;

    @BeforeAll
    static void start() {
        startStack();
        stack.startOrchestrator("orchestrator-2", 0);
    }

    @Test
    void fiveHundredRandomTransfersAmongTwentyAccountsOnTwoOrchestratorsKeepTheBooksBalanced() {
        var books = new Books(client);
        for (int i = 0; i < ACCOUNTS_PER_BANK; i++) {
            books.open("bank-a", "acc-" + i, "500.00");
            books.open("bank-b", "acc-" + i, "500.00");
        }
        List<AccountRef> accounts = books.accounts();
        Random random = new Random(42);
        List<TransferRequest> requests = new ArrayList<>();
        for (int i = 0; i < TRANSFERS; i++) {
            AccountRef from = accounts.get(random.nextInt(accounts.size()));
            AccountRef to;
            do {
                to = accounts.get(random.nextInt(accounts.size()));
            } while (to.equals(from));
            BigDecimal amount = money(random.nextInt(1, 200) + "." + String.format("%02d", random.nextInt(100)));
            requests.add(new TransferRequest("concurrent-" + i, from, to, amount));
        }

        requests.parallelStream().forEach(client::request);

        awaitAllTerminal(requests, Duration.ofMinutes(4));
        books.assertBalanced(requests);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream()
                .map(ConsumerRecord::value).toList());
    }
}
