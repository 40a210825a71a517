package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/** Services that stop in the middle of transfers: a bank past the Try deadline, the orchestrator mid-flight. */
class FailureRecoveryIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    private final Books books = new Books(client);

    @BeforeAll
    static void start() {
        startStack("--tcc.orchestrator.try-timeout=3s", "--tcc.orchestrator.retry-initial=500ms",
                "--tcc.orchestrator.timer-interval=200ms");
    }

    @Test
    void bankDownUntilTheTryDeadlineAbortsAndItsLateTryIsUndone() {
        AccountRef payer = books.open("bank-a", "down-payer", "100.00");
        AccountRef payee = books.open("bank-b", "down-payee", "0.00");
        stack.stop("bank-b");

        var request = new TransferRequest("bank-down", payer, payee, money("25.00"));
        client.request(request);

        await().atMost(WITHIN).until(() -> client.outcome("bank-down"),
                o -> o != null && o.status() == TransferStatus.CANCELLING && o.reason() == Reason.TRY_TIMEOUT);
        await().atMost(WITHIN).until(() -> client.account("bank-a", "down-payer").frozen().signum() == 0);
        assertThat(client.account("bank-a", "down-payer").balance()).isEqualByComparingTo("100.00");

        stack.startBank("bank-b", 0);
        TransferOutcome outcome = awaitTerminal("bank-down", WITHIN);

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.TRY_TIMEOUT);
        books.assertBalanced(List.of(request));
    }

    @Test
    void orchestratorStoppedAndRestartedMidwayFinishesEveryTransfer() {
        List<AccountRef> accounts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            accounts.add(books.open("bank-a", "restart-a" + i, "200.00"));
            accounts.add(books.open("bank-b", "restart-b" + i, "200.00"));
        }
        Random random = new Random(7);
        List<TransferRequest> requests = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            AccountRef from = accounts.get(random.nextInt(accounts.size()));
            AccountRef to = accounts.stream().filter(a -> !a.equals(from)).toList().get(random.nextInt(5));
            requests.add(new TransferRequest("restart-" + i, from, to, money(random.nextInt(1, 90) + ".00")));
        }

        requests.forEach(client::request);
        await().atMost(WITHIN).until(() -> probe.records(Topics.TRANSFER_EVENTS).stream()
                .filter(r -> r.key().startsWith("restart-")).count() >= 20);
        stack.stop(Stack.ORCHESTRATOR);
        stack.startOrchestrator(0);

        awaitAllTerminal(requests, WITHIN);
        books.assertBalanced(requests);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream()
                .map(ConsumerRecord::value).toList());
    }
}
