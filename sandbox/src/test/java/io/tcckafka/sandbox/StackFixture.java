package io.tcckafka.sandbox;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.AfterAll;

import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.testing.TopicProbe;

/**
 * The whole system for one test class: the orchestrator, bank-a and bank-b (or the banks a test names), each a Spring Boot application of its
 * own, on a real Kafka broker and a database per service; by default a secured KRaft broker in this JVM and the
 * machine's MariaDB server ({@link LocalInfrastructure}).
 */
abstract class StackFixture {

    static final List<String> BANKS = List.of("bank-a", "bank-b");
    static final List<String> SERVICES = List.of(Stack.ORCHESTRATOR, "bank-a", "bank-b");

    static Infrastructure infrastructure;
    static Stack stack;
    static StackClient client;
    static TopicProbe probe;

    static void startStack(String... commonArguments) {
        startStack(new LocalInfrastructure(SERVICES), commonArguments);
    }

    static void startStack(Infrastructure on, String... commonArguments) {
        startStack(on, BANKS, commonArguments);
    }

    /** The orchestrator and these banks. */
    static void startStack(Infrastructure on, List<String> banks, String... commonArguments) {
        infrastructure = on;
        stack = new Stack(on.access(), on::databaseArguments, List.of(commonArguments));
        banks.forEach(bank -> stack.startBank(bank, 0));
        stack.startOrchestrator(0, stack.bankArguments());
        client = new StackClient(stack);
        probe = new TopicProbe(on.access().kafka(), List.of(Topics.TRANSFER_EVENTS,
                Topics.deadLetter(Topics.TRANSFER_REQUESTS), Topics.deadLetter(Topics.bankReplies("bank-a")),
                Topics.deadLetter(Topics.bankReplies("bank-b")),
                Topics.deadLetter(Topics.bankCommands("bank-a")), Topics.deadLetter(Topics.bankCommands("bank-b"))));
    }

    @AfterAll
    static void stopStack() {
        probe.close();
        client.close();
        stack.close();
        infrastructure.close();
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
