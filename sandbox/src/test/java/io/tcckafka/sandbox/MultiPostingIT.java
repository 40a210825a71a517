package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.AccountView;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * Transfers of several postings across three banks, on the real broker and MariaDB: all applied or none, whatever
 * fails where.
 */
class MultiPostingIT extends StackFixture {

    private static final List<String> BANKS = List.of("bank-a", "bank-b", "bank-c");
    private static final Duration WITHIN = Duration.ofSeconds(90);

    private final Books books = new Books(client);
    private final List<TransferRequest> sent = new ArrayList<>();

    @BeforeAll
    static void start() {
        List<String> services = new ArrayList<>(List.of(Stack.ORCHESTRATOR));
        services.addAll(BANKS);
        startStack(new LocalInfrastructure(services), BANKS, "--tcc.orchestrator.try-timeout=4s");
    }

    @Test
    void aPaymentWithItsFeeCommitsAcrossThreeBanks() {
        AccountRef payer = books.open("bank-a", "fee-payer", "100.00");
        AccountRef payee = books.open("bank-b", "fee-payee", "20.00");
        AccountRef fees = books.open("bank-c", "fee-fees", "0.00");

        TransferStatus status = send(TransferRequest.of("fee-1", List.of(new Posting(payer, payee, money("29.50")),
                new Posting(payer, fees, money("0.50"))))).status();

        assertThat(status).isEqualTo(TransferStatus.COMMITTED);
        assertBalances(payer, "70.00", payee, "49.50", fees, "0.50");
        assertBooks();
    }

    @Test
    void oneUnderfundedAccountAmongSeveralAbortsThemAll() {
        AccountRef rich = books.open("bank-a", "under-rich", "100.00");
        AccountRef poor = books.open("bank-b", "under-poor", "5.00");
        AccountRef payee = books.open("bank-c", "under-payee", "0.00");

        TransferOutcome outcome = send(TransferRequest.of("under-1", List.of(new Posting(rich, payee, money("50.00")),
                new Posting(poor, payee, money("5.01")))));

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.INSUFFICIENT_FUNDS);
        assertBalances(rich, "100.00", poor, "5.00", payee, "0.00");
        assertBooks();
    }

    @Test
    void moneyOnlyIncomingInTheSameTransferIsNotSpendable() {
        AccountRef first = books.open("bank-a", "chain-first", "10.00");
        AccountRef middle = books.open("bank-b", "chain-middle", "0.00");
        AccountRef last = books.open("bank-c", "chain-last", "0.00");

        TransferOutcome outcome = send(TransferRequest.of("chain-1", List.of(new Posting(first, middle,
                money("10.00")), new Posting(middle, last, money("10.00")))));

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.INSUFFICIENT_FUNDS);
        assertBalances(first, "10.00", middle, "0.00", last, "0.00");
        assertBooks();
    }

    @Test
    void anUnknownAccountOnOnePostingAbortsTheTransfer() {
        AccountRef payer = books.open("bank-a", "ghost-payer", "100.00");
        AccountRef payee = books.open("bank-b", "ghost-payee", "0.00");

        TransferOutcome outcome = send(TransferRequest.of("ghost-1", List.of(new Posting(payer, payee, money("1.00")),
                new Posting(payer, new AccountRef("bank-c", "nobody"), money("1.00")))));

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.ACCOUNT_NOT_FOUND);
        assertBalances(payer, "100.00", payee, "0.00", payee, "0.00");
        assertBooks();
    }

    @Test
    void aBankDownUntilTheDeadlineAbortsAndItsCancelArrivesOnceItIsBack() {
        AccountRef payer = books.open("bank-a", "down-payer", "100.00");
        AccountRef payee = books.open("bank-b", "down-payee", "0.00");
        AccountRef fees = books.open("bank-c", "down-fees", "0.00");
        stack.stop("bank-c");
        try {
            TransferRequest request = TransferRequest.of("down-1", List.of(new Posting(payer, payee, money("10.00")),
                    new Posting(payer, fees, money("1.00"))));
            sent.add(request);
            client.request(request);
            TransferOutcome outcome = awaitCancelling(request.transferId());

            assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                    .containsExactly(TransferStatus.CANCELLING, Reason.TRY_TIMEOUT);
            // bank-a's Cancel needs no bank-c: the payer's money is free again while bank-c is still down
            org.awaitility.Awaitility.await().atMost(WITHIN).until(
                    () -> client.account("bank-a", payer.account()).frozen().signum() == 0);
        } finally {
            stack.startBank("bank-c", 0);
        }
        assertThat(awaitTerminal("down-1", WITHIN)).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.TRY_TIMEOUT);
        assertBalances(payer, "100.00", payee, "0.00", fees, "0.00");
        assertBooks();
    }

    @Test
    void sixteenPostingsCommitAndSeventeenAreRejected() {
        AccountRef payer = books.open("bank-a", "many-payer", "100.00");
        List<AccountRef> payees = IntStream.range(0, 17)
                .mapToObj(i -> books.open(BANKS.get(i % 3), "many-payee-" + i, "0.00")).toList();
        List<Posting> seventeen = payees.stream().map(payee -> new Posting(payer, payee, money("1.00"))).toList();

        TransferOutcome sixteen = send(TransferRequest.of("many-16", seventeen.subList(0, 16)));
        TransferOutcome tooMany = send(TransferRequest.of("many-17", seventeen));

        assertThat(sixteen.status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(tooMany).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.INVALID_REQUEST);
        assertThat(tooMany.detail()).contains("1 to 16 postings, not 17");
        assertThat(client.account("bank-a", payer.account()).balance()).isEqualByComparingTo("84.00");
        assertBooks();
    }

    @Test
    void fiveHundredConcurrentRandomTransfersOfOneToFourPostingsKeepTheBooks() {
        Random random = new Random(43);
        List<AccountRef> accounts = IntStream.range(0, 24)
                .mapToObj(i -> books.open(BANKS.get(i % 3), "random-" + i, random.nextInt(20, 200) + ".00")).toList();
        List<TransferRequest> requests = IntStream.range(0, 500).mapToObj(i -> {
            List<Posting> postings = IntStream.range(0, random.nextInt(1, 5)).mapToObj(p -> {
                List<AccountRef> pair = new ArrayList<>(accounts);
                Collections.shuffle(pair, random);
                return new Posting(pair.get(0), pair.get(1), money(random.nextInt(1, 60) + "." + random.nextInt(10)
                        + "0"));
            }).toList();
            return TransferRequest.of("random-" + i, postings);
        }).toList();
        sent.addAll(requests);

        requests.parallelStream().forEach(client::request);
        awaitAllTerminal(requests, Duration.ofMinutes(3));

        assertThat(requests).extracting(r -> client.outcome(r.transferId()).status())
                .contains(TransferStatus.COMMITTED, TransferStatus.ABORTED);
        assertBooks();
    }

    private TransferOutcome send(TransferRequest request) {
        sent.add(request);
        client.request(request);
        return awaitTerminal(request.transferId(), WITHIN);
    }

    /** A bank down: the Cancel cannot be acknowledged yet. */
    private static TransferOutcome awaitCancelling(String transferId) {
        return org.awaitility.Awaitility.await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> client.outcome(transferId), outcome -> outcome != null
                        && outcome.status() == TransferStatus.CANCELLING);
    }

    private static void assertBalances(Object... accountsAndBalances) {
        for (int i = 0; i < accountsAndBalances.length; i += 2) {
            AccountRef ref = (AccountRef) accountsAndBalances[i];
            AccountView account = client.account(ref.bank(), ref.account());
            assertThat(account.balance()).as(ref + " balance").isEqualByComparingTo((String) accountsAndBalances[i + 1]);
            assertThat(account.frozen()).as(ref + " frozen").isEqualByComparingTo("0.00");
            assertThat(account.incoming()).as(ref + " incoming").isEqualByComparingTo("0.00");
        }
    }

    private void assertBooks() {
        books.assertBalanced(sent);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream().map(ConsumerRecord::value).toList());
    }
}
