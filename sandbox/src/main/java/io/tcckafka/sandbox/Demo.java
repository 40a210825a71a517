package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.tcckafka.events.AccountView;
import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;

/**
 * The seed tutorial's scenario, 30.00 from bank-a account 2 to bank-b account 1, and one transfer that cannot
 * be funded. Sent over Kafka like any client's; outcomes read from transfer.events.
 */
final class Demo {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final AccountRef PAYER = new AccountRef("bank-a", "2");
    private static final AccountRef PAYEE = new AccountRef("bank-b", "1");

    private final StackClient client;
    private final PrintStream out;

    Demo(StackClient client, PrintStream out) {
        this.client = client;
        this.out = out;
    }

    void run() {
        client.openAccount(PAYER.bank(), PAYER.account(), "100.00");
        client.openAccount(PAYEE.bank(), PAYEE.account(), "20.00");
        printBalances("Balances before");

        var seed = new TransferRequest("demo-seed", PAYER, PAYEE, money("30.00"));
        var underfunded = new TransferRequest("demo-underfunded", PAYEE, PAYER, money("500.00"));
        for (TransferRequest request : List.of(seed, underfunded)) {
            out.printf("Transfer %-17s %7s from %s/%s to %s/%s%n", request.transferId(), request.amount(),
                    request.from().bank(), request.from().account(), request.to().bank(), request.to().account());
            client.request(request);
        }
        awaitOutcomes(Set.of(seed.transferId(), underfunded.transferId()));
        printBalances("Balances after");
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
        for (AccountRef ref : List.of(PAYER, PAYEE)) {
            AccountView a = client.account(ref.bank(), ref.account());
            out.printf("  %s/%s  balance %7s  frozen %6s  incoming %6s  available %7s%n", ref.bank(), ref.account(),
                    a.balance(), a.frozen(), a.incoming(), a.available());
        }
    }
}
