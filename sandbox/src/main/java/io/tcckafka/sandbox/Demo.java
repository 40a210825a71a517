package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;

/**
 * The seed tutorial's scenario, 30.00 from bank-a account 2 to bank-b account 1; one transfer that cannot be funded;
 * and a payment with its fee across three banks, 30.00 from bank-a/2: 29.50 to bank-b/1 and 0.50 to bank-c/fees, all
 * or nothing. Sent over Kafka like any client's; outcomes read from transfer.events.
 */
final class Demo {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AccountRef PAYER = new AccountRef("bank-a", "2");
    private static final AccountRef PAYEE = new AccountRef("bank-b", "1");
    private static final AccountRef FEES = new AccountRef("bank-c", "fees");

    private final StackClient client;
    private final PrintStream out;

    Demo(StackClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    void run() {
        client.openAccount(PAYER.bank(), PAYER.account(), "100.00");
        client.openAccount(PAYEE.bank(), PAYEE.account(), "20.00");
        client.openAccount(FEES.bank(), FEES.account(), "0.00");
        printBalances("Balances before");

        var seed = new TransferRequest("demo-seed", PAYER, PAYEE, money("30.00"));
        var underfunded = new TransferRequest("demo-underfunded", PAYEE, PAYER, money("500.00"));
        var withFee = TransferRequest.of("demo-fee", List.of(new Posting(PAYER, PAYEE, money("29.50")),
                new Posting(PAYER, FEES, money("0.50"))));
        List<TransferRequest> requests = List.of(seed, underfunded, withFee);
        for (TransferRequest request : requests) {
            String first = "Transfer %-17s".formatted(request.transferId());
            for (Posting posting : request.allPostings()) {
                out.printf("%-26s %7s from %s to %s%n", first, posting.amount(), name(posting.from()),
                        name(posting.to()));
                first = "";
            }
            client.request(request);
        }
        awaitOutcomes(requests.stream().map(TransferRequest::transferId).collect(Collectors.toSet()));
        printBalances("Balances after");
    }

    private static String name(AccountRef account) {
        return account.bank() + "/" + account.account();
    }

    private void awaitOutcomes(Set<String> transferIds) {
        Set<String> finished = new HashSet<>();
        Instant giveUp = Instant.now().plus(TIMEOUT);
        while (!finished.containsAll(transferIds)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("no outcome within " + TIMEOUT + " for " + transferIds);
            }
            for (TransferEvent event : client.pollEvents(Duration.ofMillis(200))) {
                if (transferIds.contains(event.transferId())) {
                    out.printf("  %-17s %s%s%n", event.transferId(), event.status(),
                            event.reason() == null ? "" : " (" + event.reason() + ")");
                    if (event.status().isTerminal()) {
                        finished.add(event.transferId());
                    }
                }
            }
        }
    }

    private void printBalances(String title) {
        out.println(title + ":");
        for (AccountRef ref : List.of(PAYER, PAYEE, FEES)) {
            AccountView a = client.account(ref.bank(), ref.account());
            out.printf("  %-11s balance %7s  frozen %6s  incoming %6s  available %7s%n", name(ref), a.balance(),
                    a.frozen(), a.incoming(), a.available());
        }
    }
}
