package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/** Many transfers fighting over the same money: one account drained at once, and the same accounts both ways. */
class ContentionIT extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    private final Books books = new Books(client);

    @BeforeAll
    static void start() {
        // a Try must never time out here: the test counts exactly how many transfers the money can fund
        startStack("--tcc.orchestrator.try-timeout=60s");
    }

    @Test
    void twoHundredTransfersOfOneFromAnAccountHoldingFiftyCommitExactlyFifty() {
        AccountRef payer = books.open("bank-a", "drained", "50.00");
        List<AccountRef> payees = List.of(books.open("bank-a", "drain-payee-a1", "0.00"),
                books.open("bank-a", "drain-payee-a2", "0.00"), books.open("bank-b", "drain-payee-b1", "0.00"),
                books.open("bank-b", "drain-payee-b2", "0.00"));
        List<TransferRequest> requests = IntStream.range(0, 200)
                .mapToObj(i -> new TransferRequest("drain-" + i, payer, payees.get(i % payees.size()), money("1.00")))
                .toList();
        List<AccountView> payerSeen = new CopyOnWriteArrayList<>();

        requests.parallelStream().forEach(client::request);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> {
            payerSeen.add(client.account(payer.bank(), payer.account()));
            return requests.stream().map(r -> client.outcome(r.transferId()))
                    .allMatch(o -> o != null && o.status().isTerminal());
        });

        Map<TransferStatus, Long> byStatus = countByStatus(requests);
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(
                Map.of(TransferStatus.COMMITTED, 50L, TransferStatus.ABORTED, 150L));
        assertThat(requests).filteredOn(r -> client.outcome(r.transferId()).status() == TransferStatus.ABORTED)
                .allSatisfy(r -> assertThat(client.outcome(r.transferId()).reason())
                        .isEqualTo(Reason.INSUFFICIENT_FUNDS));
        assertThat(client.account(payer.bank(), payer.account()).balance()).isZero();
        assertThat(payerSeen).allSatisfy(seen -> assertThat(seen.available()).isNotNegative());
        assertBooks(requests);
    }

    @Test
    void transfersBothWaysBetweenTheSameAccountsAtOnceKeepTheBooks() {
        AccountRef x = books.open("bank-a", "both-x", "100.00");
        AccountRef y = books.open("bank-a", "both-y", "100.00");
        AccountRef z = books.open("bank-b", "both-z", "100.00");
        List<List<AccountRef>> pairs = List.of(List.of(x, y), List.of(y, x), List.of(x, z), List.of(z, x),
                List.of(y, z), List.of(z, y));
        Random random = new Random(11);
        List<TransferRequest> requests = IntStream.range(0, 150).mapToObj(i -> {
            List<AccountRef> pair = pairs.get(i % pairs.size());
            return new TransferRequest("both-" + i, pair.get(0), pair.get(1), money(random.nextInt(1, 40) + ".00"));
        }).toList();

        requests.parallelStream().forEach(client::request);
        awaitAllTerminal(requests, WITHIN);

        assertThat(countByStatus(requests)).containsKey(TransferStatus.COMMITTED);
        assertBooks(requests);
    }

    private static Map<TransferStatus, Long> countByStatus(List<TransferRequest> requests) {
        return requests.stream().map(r -> client.outcome(r.transferId()).status())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private void assertBooks(List<TransferRequest> requests) {
        books.assertBalanced(requests);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream().map(ConsumerRecord::value).toList());
    }
}
