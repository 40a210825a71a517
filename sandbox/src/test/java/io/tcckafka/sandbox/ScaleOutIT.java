package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.EventJson;
import io.tcckafka.security.Roles;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;

/**
 * Two orchestrator instances and two instances of bank-a at once, each pair in one consumer group on one database:
 * many transfers over few accounts, so that they contend for the same rows. The work is shared (every instance
 * holds partitions and handles records) and nothing happens twice: never two decisions for one transfer, the books
 * balanced. Each instance's own metrics say that it holds partitions and has handled records.
 */
class ScaleOutIT extends StackFixture {

    private static final int TRANSFERS = 500;
    private static final int ACCOUNTS_PER_BANK = 10;
    private static final List<String> INSTANCES = List.of(Stack.ORCHESTRATOR, "orchestrator-2", "bank-a", "bank-a-2");


    @BeforeAll
    static void start() {
        startStack();
        stack.startOrchestrator("orchestrator-2", 0);
        stack.startBank("bank-a-2", "bank-a", 0);
    }

    @Test
    void twoOrchestratorsAndTwoBankAInstancesShareFiveHundredTransfersWithoutDoubleEffects() throws Exception {
        var books = new Books(client);
        for (int i = 0; i < ACCOUNTS_PER_BANK; i++) {
            books.open("bank-a", "acc-" + i, "500.00");
            books.open("bank-b", "acc-" + i, "500.00");
        }
        List<TransferRequest> requests = randomTransfers(books.accounts());
        // the instances started last join their groups a rebalance later: the load must find them in it
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> INSTANCES.forEach(instance ->
                assertThat(metric(instance, "kafka.consumer.coordinator.assigned.partitions", "VALUE"))
                        .as("partitions %s holds", instance).isPositive()));

        requests.parallelStream().forEach(client::request);

        awaitAllTerminal(requests, Duration.ofMinutes(4));
        books.assertBalanced(requests);
        Books.assertOneOutcomeEach(probe.records(Topics.TRANSFER_EVENTS).stream()
                .map(ConsumerRecord::value).toList());
        for (String instance : INSTANCES) {
            assertThat(metric(instance, "kafka.consumer.coordinator.assigned.partitions", "VALUE"))
                    .as("partitions %s holds", instance).isPositive();
            assertThat(metric(instance, "spring.kafka.listener", "COUNT"))
                    .as("records %s handled", instance).isPositive();
        }
    }

    private static List<TransferRequest> randomTransfers(List<AccountRef> accounts) {
        Random random = new Random(42);
        List<TransferRequest> requests = new ArrayList<>();
        for (int i = 0; i < TRANSFERS; i++) {
            AccountRef from = accounts.get(random.nextInt(accounts.size()));
            AccountRef to;
            do {
                to = accounts.get(random.nextInt(accounts.size()));
            } while (to.equals(from));
            BigDecimal amount = money(random.nextInt(1, 200) + "." + String.format("%02d", random.nextInt(100)));
            requests.add(new TransferRequest("scale-" + i, from, to, amount));
        }
        return requests;
    }

    /** One statistic of a metric, summed over its series, from the instance's own actuator. */
    private double metric(String instance, String name, String statistic) {
        HttpResponse<String> response = client.get(instance, "/actuator/metrics/" + name, Roles.OPERATOR);
        assertThat(response.statusCode()).as("%s of %s", name, instance).isEqualTo(200);
        return EventJson.read(response.body(), Metric.class).measurements().stream()
                .filter(m -> m.statistic().equals(statistic)).mapToDouble(Measurement::value).sum();
    }

    record Metric(List<Measurement> measurements) {
    }

    record Measurement(String statistic, double value) {
    }
}
