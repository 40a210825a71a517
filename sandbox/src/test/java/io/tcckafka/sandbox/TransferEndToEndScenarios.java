package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;

/**
 * Transfers through the whole system: broker, orchestrator, two banks, three databases. Each subclass starts the
 * stack on its own infrastructure.
 */
abstract class TransferEndToEndScenarios extends StackFixture {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final Books books = new Books(client);
    private final List<TransferRequest> sent = new ArrayList<>();

    @Test
    void seedTransferCommitsOnBothBanks() {
        AccountRef payer = books.open("bank-a", "seed-2", "100.00");
        AccountRef payee = books.open("bank-b", "seed-1", "20.00");

        TransferOutcome outcome = transfer("seed", payer, payee, "30.00");

        assertThat(outcome.status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(client.account("bank-a", "seed-2").balance()).isEqualByComparingTo("70.00");
        assertThat(client.account("bank-b", "seed-1").balance()).isEqualByComparingTo("50.00");
        books.assertBalanced(sent);
    }

    @Test
    void underfundedTransferAbortsAndChangesNothing() {
        AccountRef payer = books.open("bank-b", "poor", "10.00");
        AccountRef payee = books.open("bank-a", "rich", "100.00");

        TransferOutcome outcome = transfer("underfunded", payer, payee, "10.01");

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.INSUFFICIENT_FUNDS);
        books.assertBalanced(sent);
    }

    @Test
    void unknownAccountAbortsAndReleasesThePayer() {
        AccountRef payer = books.open("bank-a", "to-nobody", "50.00");

        TransferOutcome outcome = transfer("no-account", payer, new AccountRef("bank-b", "nobody"), "5.00");

        assertThat(outcome).extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.ABORTED, Reason.ACCOUNT_NOT_FOUND);
        books.assertBalanced(sent);
    }

    @Test
    void unknownBankAndInvalidAmountAreRejected() {
        AccountRef payer = books.open("bank-a", "rejects", "50.00");

        assertThat(transfer("no-bank", payer, new AccountRef("bank-z", "1"), "5.00"))
                .extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.UNKNOWN_BANK);
        assertThat(transfer("three-decimals", payer, new AccountRef("bank-b", "1"), "5.001"))
                .extracting(TransferOutcome::status, TransferOutcome::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.INVALID_REQUEST);
        books.assertBalanced(List.of());
    }

    @Test
    void sameRequestThreeTimesMovesMoneyOnceAndOtherContentIsDeadLettered() {
        AccountRef payer = books.open("bank-a", "dup-payer", "100.00");
        AccountRef payee = books.open("bank-b", "dup-payee", "0.00");
        var request = new TransferRequest("dup", payer, payee, money("40.00"));
        sent.add(request);

        client.request(request);
        client.request(request);
        client.request(new TransferRequest("dup", payer, payee, money("99.00")));
        client.request(request);
        awaitTerminal("dup", WITHIN);

        assertThat(client.account("bank-a", "dup-payer").balance()).isEqualByComparingTo("60.00");
        books.assertBalanced(sent);
        String dlt = Topics.deadLetter(Topics.TRANSFER_REQUESTS);
        ConsumerRecord<String, String> refused = await().atMost(WITHIN)
                .until(() -> probe.records(dlt).stream().filter(r -> r.key().equals("dup")).findFirst(),
                        java.util.Optional::isPresent).orElseThrow();
        assertThat(refused.value()).contains("99.00");
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream()
                .map(ConsumerRecord::value).toList());
    }

    private TransferOutcome transfer(String id, AccountRef from, AccountRef to, String amount) {
        var request = new TransferRequest(id, from, to, money(amount));
        sent.add(request);
        client.request(request);
        return awaitTerminal(id, WITHIN);
    }
}
