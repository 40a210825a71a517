package io.tcckafka.sandbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;

import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TopicProbe;

/**
 * The whole system for one test class: a real KRaft broker, a fresh MariaDB database per service, the
 * orchestrator, bank-a and bank-b, each a Spring Boot application of its own.
 */
abstract class StackFixture {

    static final List<String> SERVICES = List.of(Stack.ORCHESTRATOR, "bank-a", "bank-b");

    static TestBroker broker;
    static Map<String, TestDatabase> databases;
    static Stack stack;
    static StackClient client;
    static TopicProbe probe;

    static void startStack(String... commonArguments) {
        broker = TestBroker.start();
        databases = new LinkedHashMap<>();
        SERVICES.forEach(service -> databases.put(service, TestDatabase.create("e2e_" + service)));
        stack = new Stack(broker.bootstrapServers(), service -> databases.get(service).springArguments(),
                List.of(commonArguments));
        stack.startOrchestrator(0);
        stack.startBank("bank-a", 0);
        stack.startBank("bank-b", 0);
        client = new StackClient(stack);
        probe = new TopicProbe(broker.bootstrapServers(), List.of(Topics.TRANSFER_EVENTS,
                Topics.deadLetter(Topics.TRANSFER_REQUESTS), Topics.deadLetter(Topics.BRANCH_REPLIES),
                Topics.deadLetter(Topics.bankCommands("bank-a")), Topics.deadLetter(Topics.bankCommands("bank-b"))));
    }

    @AfterAll
    static void stopStack() {
        probe.close();
        client.close();
        stack.close();
        databases.values().forEach(TestDatabase::close);
        broker.close();
    }

    static TransferOutcome awaitTerminal(String transferId, Duration within) {
        return await().atMost(within).pollInterval(Duration.ofMillis(100))
                .until(() -> client.outcome(transferId), o -> o != null && o.status().isTerminal());
    }

    static void awaitAllTerminal(Collection<TransferRequest> requests, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(500)).until(() -> requests.stream()
                .map(r -> client.outcome(r.transferId()))
                .allMatch(o -> o != null && o.status().isTerminal()));
    }
}
