package io.tcckafka.orchestrator;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TopicProbe;
import io.tcckafka.testing.TestUsers;

/**
 * The orchestrator alone on a real broker (secured: each side connects as its own principal) and MariaDB, for one
 * test class; the test plays both banks, reading their command topics and answering on their reply topics.
 */
final class PlayedBanks implements AutoCloseable {

    static final String BANK_A = Topics.bankCommands("bank-a");
    static final String BANK_B = Topics.bankCommands("bank-b");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final TestBroker broker = TestBroker.start();
    private final TestUsers users = TestUsers.create();
    private final TestDatabase database;
    private final List<String> orchestratorArguments;
    private final ConfigurableApplicationContext orchestrator;
    private final TopicProbe probe;
    private final HttpClient http = HttpClient.newHttpClient();

    /** @param watched topics the probe keeps besides both banks' command topics and transfer.events */
    PlayedBanks(String databasePrefix, List<String> watched, String... orchestratorArguments) {
        this(databasePrefix, broker -> {
        }, watched, orchestratorArguments);
    }

    /** @param beforeStart what to do on the broker before the orchestrator starts (topic settings, say) */
    PlayedBanks(String databasePrefix, Consumer<TestBroker> beforeStart, List<String> watched,
            String... orchestratorArguments) {
        database = TestDatabase.create(databasePrefix);
        this.orchestratorArguments = List.of(orchestratorArguments);
        beforeStart.accept(broker);
        orchestrator = startOrchestrator(database);
        List<String> topics = new ArrayList<>(List.of(BANK_A, BANK_B, Topics.TRANSFER_EVENTS));
        topics.addAll(watched);
        probe = new TopicProbe(broker.access(), topics);
    }

    TopicProbe probe() {
        return probe;
    }

    TestBroker broker() {
        return broker;
    }

    ConfigurableApplicationContext orchestrator() {
        return orchestrator;
    }

    TestDatabase database() {
        return database;
    }

    /** Another orchestrator with the same settings, on the same broker, over {@code otherDatabase} (or the same). */
    ConfigurableApplicationContext startOrchestrator(TestDatabase otherDatabase) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0"));
        arguments.addAll(broker.springArguments(Principals.ORCHESTRATOR));
        arguments.addAll(users.springArguments());
        arguments.addAll(otherDatabase.springArguments());
        arguments.addAll(orchestratorArguments);
        return new SpringApplicationBuilder(OrchestratorApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A transfer from bank-a account 2 to bank-b account 1. */
    static TransferRequest transfer(String id, String amount) {
        return new TransferRequest(id, new AccountRef("bank-a", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal(amount));
    }

    void request(TransferRequest request) {
        probe.send(Topics.TRANSFER_REQUESTS, request.transferId(), request);
    }

    /** The reply of the command's bank, on its own topic, about the account and amount the command named. */
    void reply(BranchCommand command, Outcome outcome, Reason reason) {
        probe.send(Topics.bankReplies(command.bank()), command.transferId(), new BranchReply(command.transferId(),
                command.branch(), command.phase(), command.bank(), command.account(), command.amount(), outcome,
                reason));
    }

    List<BranchCommand> commands(String topic, String transferId) {
        return probe.values(topic, BranchCommand.class).stream()
                .filter(c -> c.transferId().equals(transferId)).toList();
    }

    BranchCommand awaitCommand(String topic, String transferId, Phase phase) {
        return await().atMost(WAIT).until(() -> commands(topic, transferId).stream()
                .filter(c -> c.phase() == phase).findFirst(), Optional::isPresent).orElseThrow();
    }

    List<TransferStatus> statuses(String transferId) {
        return probe.values(Topics.TRANSFER_EVENTS, TransferEvent.class).stream()
                .filter(e -> e.transferId().equals(transferId)).map(TransferEvent::status).toList();
    }

    TransferEvent awaitTerminal(String transferId) {
        return await().atMost(WAIT).until(() -> probe.values(Topics.TRANSFER_EVENTS,
                TransferEvent.class).stream().filter(e -> e.transferId().equals(transferId))
                .filter(e -> e.status().isTerminal()).findFirst(), Optional::isPresent).orElseThrow();
    }

    /** @param role whose HTTP user calls; null for nobody */
    HttpResponse<String> get(String role, String path) {
        return send(role, HttpRequest.newBuilder(uri(path)).GET());
    }

    /** @param role whose HTTP user calls; null for nobody */
    HttpResponse<String> post(String role, String path, String json) {
        return send(role, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(String role, HttpRequest.Builder request) {
        try {
            return http.send((role == null ? request : users.as(role, request)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) orchestrator).getWebServer().getPort()
                + path);
    }

    @Override
    public void close() {
        probe.close();
        orchestrator.close();
        database.close();
        broker.close();
    }
}
