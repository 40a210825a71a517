package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.sandbox.Promises;
import io.tcckafka.sandbox.StackClient;
import io.tcckafka.sandbox.TransferOutcome;
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TopicProbe;

/**
 * What every fault test does around its fault: accounts of its own, transfers sent as a client service sends
 * them, and at the end the promises: every transfer terminal within the bound, balances equal to what the
 * committed transfers imply, totals unchanged, nothing negative, frozen or incoming, at most one terminal status
 * per transfer on transfer.events.
 */
abstract class FaultScenario {

    static final Duration SETTLE_WITHIN = Duration.ofMinutes(2);

    final Cluster cluster = SharedCluster.cluster();
    final StackClient client = SharedCluster.client();
    final TopicProbe probe = SharedCluster.probe();
    final Promises ledger = new Promises(client);
    final List<TransferRequest> sent = new ArrayList<>();
    private final String prefix = getClass().getSimpleName() + "-" + UUID.randomUUID().toString().substring(0, 6);

    /**
     * Restarts the instance with a failpoint armed once the orchestrator is quiet: no outbox row waiting and no
     * transfer settling. Otherwise what an earlier fault left (a Confirm re-sent, a row whose delete the database's
     * outage lost) could reach the failpoint before this test's transfer does, at the armed process's start.
     */
    void restartArmedWhenQuiet(String instance, String failpoint) {
        await("the orchestrator quiet").atMost(SETTLE_WITHIN).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> gauge("tcc.outbox.backlog", "") == 0
                        && gauge("tcc.transfers.in.flight", "?tag=status:CONFIRMING") == 0
                        && gauge("tcc.transfers.in.flight", "?tag=status:CANCELLING") == 0);
        cluster.restartArmed(instance, failpoint);
    }

    private double gauge(String name, String query) {
        HttpResponse<String> response = client.get(Cluster.ORCHESTRATOR, "/actuator/metrics/" + name + query,
                Roles.OPERATOR);
        Matcher value = Pattern.compile("\"value\":([0-9.Ee+-]+)").matcher(response.body());
        return value.find() ? Double.parseDouble(value.group(1)) : -1;
    }

    /** Opens {@code perBank} accounts in each bank with the given balance. */
    List<AccountRef> openAccounts(int perBank, String balance) {
        List<AccountRef> accounts = new ArrayList<>();
        for (int i = 0; i < perBank; i++) {
            accounts.add(ledger.open(Cluster.BANK_A, prefix + "-a" + i, balance));
            accounts.add(ledger.open(Cluster.BANK_B, prefix + "-b" + i, balance));
        }
        return accounts;
    }

    TransferRequest send(AccountRef from, AccountRef to, String amount) {
        var request = new TransferRequest(prefix + "-" + sent.size(), from, to, new BigDecimal(amount));
        client.request(request);
        sent.add(request);
        return request;
    }

    /** Random transfers between the accounts, some of them more than the payer holds. */
    List<TransferRequest> sendRandom(int count, List<AccountRef> accounts, long seed) {
        Random random = new Random(seed);
        List<TransferRequest> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AccountRef from = accounts.get(random.nextInt(accounts.size()));
            AccountRef to = accounts.get(random.nextInt(accounts.size()));
            if (!from.equals(to)) {
                requests.add(send(from, to, random.nextInt(1, 60) + "." + random.nextInt(10, 100)));
            }
        }
        return requests;
    }

    /**
     * Opens {@code perBank} accounts in each bank, sends random transfers between them and returns the accounts
     * once 20 transfer events show the load is in flight: the moment for a fault.
     */
    List<AccountRef> loadInFlight(int perBank, int transfers, long seed) {
        List<AccountRef> accounts = openAccounts(perBank, "300.00");
        sendRandom(transfers, accounts, seed);
        eventsSeen(20);
        return accounts;
    }

    TransferOutcome awaitTerminal(TransferRequest request) {
        return await(request.transferId() + " terminal").atMost(SETTLE_WITHIN).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions()
                .until(() -> client.outcome(request.transferId()), o -> o != null && o.status().isTerminal());
    }

    void awaitAllTerminal() {
        await("every transfer terminal").atMost(SETTLE_WITHIN).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> sent.stream().map(r -> client.outcome(r.transferId()))
                        .allMatch(o -> o != null && o.status().isTerminal()));
    }

    /** Waits until this test's transfers have put that many records on transfer.events. */
    void eventsSeen(int atLeast) {
        await(atLeast + " transfer events").atMost(SETTLE_WITHIN)
                .until(() -> ownRecords(Topics.TRANSFER_EVENTS).size() >= atLeast);
    }

    void awaitEventContaining(String text) {
        await("a transfer event with " + text).atMost(SETTLE_WITHIN)
                .until(() -> ownRecords(Topics.TRANSFER_EVENTS).stream().anyMatch(r -> r.value().contains(text)));
    }

    /** Waits for every transfer to finish, then checks each promise. */
    void assertPromisesKept() {
        awaitAllTerminal();
        assertThat(ledger.brokenPromises(sent)).as("broken promises").isEmpty();
        assertThat(Promises.brokenEventPromises(ownRecords(Topics.TRANSFER_EVENTS).stream()
                .map(ConsumerRecord::value).toList())).as("broken promises on transfer.events").isEmpty();
    }

    List<ConsumerRecord<String, String>> ownRecords(String topic) {
        return probe.records(topic).stream()
                .filter(r -> r.value() != null && r.value().contains(prefix))
                .toList();
    }
}
