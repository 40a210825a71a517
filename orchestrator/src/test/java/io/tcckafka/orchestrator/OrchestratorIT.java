package io.tcckafka.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.EventJson;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.testing.TestBroker;
import io.tcckafka.testing.TestDatabase;
import io.tcckafka.testing.TopicProbe;

/**
 * The orchestrator alone on a real broker and MariaDB; the test plays both banks, reading their command topics
 * and answering on transfer.replies.
 */
class OrchestratorIT {

    private static final String BANK_A = Topics.bankCommands("bank-a");
    private static final String BANK_B = Topics.bankCommands("bank-b");
    private static final String REQUESTS_DLT = Topics.deadLetter(Topics.TRANSFER_REQUESTS);
    private static final String REPLIES_DLT = Topics.deadLetter(Topics.BRANCH_REPLIES);

    private static TestBroker broker;
    private static TestDatabase database;
    private static ConfigurableApplicationContext orchestrator;
    private static TopicProbe probe;
    private static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        broker = TestBroker.start();
        database = TestDatabase.create("orchestrator_it");
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--tcc.orchestrator.try-timeout=2s",
                "--tcc.orchestrator.retry-initial=300ms",
                "--tcc.orchestrator.timer-interval=100ms"));
        arguments.addAll(database.springArguments());
        orchestrator = new SpringApplicationBuilder(OrchestratorApplication.class).run(arguments.toArray(String[]::new));
        probe = new TopicProbe(broker.bootstrapServers(),
                List.of(BANK_A, BANK_B, Topics.TRANSFER_EVENTS, REQUESTS_DLT, REPLIES_DLT));
    }

    @AfterAll
    static void stop() {
        probe.close();
        orchestrator.close();
        database.close();
        broker.close();
    }

    @Test
    void bothTriesSucceedThenBothConfirmsCommit() throws Exception {
        request(transfer("commit-1", "10.00"));

        BranchCommand debitTry = awaitCommand(BANK_A, "commit-1", Phase.TRY);
        assertThat(debitTry).isEqualTo(new BranchCommand("commit-1", Branch.DEBIT, Phase.TRY, "bank-a", "2",
                new BigDecimal("10.00")));
        reply(debitTry, Outcome.SUCCEEDED, null);
        reply(awaitCommand(BANK_B, "commit-1", Phase.TRY), Outcome.SUCCEEDED, null);

        reply(awaitCommand(BANK_A, "commit-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        reply(awaitCommand(BANK_B, "commit-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);

        assertThat(awaitTerminal("commit-1").status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(statuses("commit-1")).containsExactly(TransferStatus.ACCEPTED, TransferStatus.CONFIRMING,
                TransferStatus.COMMITTED);
        assertThat(get("commit-1").body()).contains("\"status\":\"COMMITTED\"", "\"confirm\":\"DONE\"");
    }

    @Test
    void aFailedTryCancelsTheOtherBranchOnly() {
        request(transfer("abort-1", "10.00"));
        reply(awaitCommand(BANK_A, "abort-1", Phase.TRY), Outcome.FAILED, Reason.INSUFFICIENT_FUNDS);

        BranchCommand cancel = awaitCommand(BANK_B, "abort-1", Phase.CANCEL);
        reply(cancel, Outcome.SUCCEEDED, null);

        TransferEvent outcome = awaitTerminal("abort-1");
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        assertThat(commands(BANK_A, "abort-1")).extracting(BranchCommand::phase).containsOnly(Phase.TRY);
    }

    @Test
    void silenceUntilTheTryDeadlineCancelsAndCancelIsResentUntilAcknowledged() {
        request(transfer("timeout-1", "10.00"));
        awaitCommand(BANK_A, "timeout-1", Phase.TRY);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> commands(BANK_A, "timeout-1").stream().filter(c -> c.phase() == Phase.CANCEL).count() >= 2);
        BranchCommand cancel = awaitCommand(BANK_A, "timeout-1", Phase.CANCEL);
        reply(cancel, Outcome.SUCCEEDED, null);
        reply(awaitCommand(BANK_B, "timeout-1", Phase.CANCEL), Outcome.SUCCEEDED, null);

        TransferEvent outcome = awaitTerminal("timeout-1");
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.TRY_TIMEOUT);
    }

    @Test
    void invalidRequestsEndRejectedWithTheirReason() {
        request(transfer("reject-amount", "1.001"));
        request(new TransferRequest("reject-bank", new AccountRef("bank-z", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal("1.00")));

        assertThat(awaitTerminal("reject-amount")).extracting(TransferEvent::status, TransferEvent::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.INVALID_REQUEST);
        assertThat(awaitTerminal("reject-bank")).extracting(TransferEvent::status, TransferEvent::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.UNKNOWN_BANK);
    }

    @Test
    void malformedRequestIsDeadLetteredAndTheNextOneStillRuns() {
        probe.sendRaw(Topics.TRANSFER_REQUESTS, "bad-json", "{not json");
        probe.sendRaw(Topics.TRANSFER_REQUESTS, "bad-id", EventJson.write(transfer("bad id!", "1.00")));
        request(transfer("after-poison", "1.00"));

        awaitCommand(BANK_A, "after-poison", Phase.TRY);
        await().until(() -> probe.records(REQUESTS_DLT).size() >= 2);
        ConsumerRecord<String, String> poison = probe.records(REQUESTS_DLT).stream()
                .filter(r -> r.key().equals("bad-json")).findFirst().orElseThrow();
        assertThat(poison.value()).isEqualTo("{not json");
        assertThat(header(poison, "kafka_dlt-exception-message")).contains("the value is not a TransferRequest as JSON");
        ConsumerRecord<String, String> badId = probe.records(REQUESTS_DLT).stream()
                .filter(r -> r.key().equals("bad-id")).findFirst().orElseThrow();
        assertThat(header(badId, "kafka_dlt-exception-message")).contains("transferId must be");
    }

    @Test
    void malformedRepliesAndRepliesToNoTransferAreDeadLettered() {
        probe.sendRaw(Topics.BRANCH_REPLIES, "garbage", "[1,2");
        probe.send(Topics.BRANCH_REPLIES, "ghost", new BranchReply("ghost", Branch.DEBIT, Phase.TRY, "bank-a",
                Outcome.SUCCEEDED, null));
        request(transfer("after-bad-replies", "1.00"));
        reply(awaitCommand(BANK_A, "after-bad-replies", Phase.TRY), Outcome.FAILED, Reason.INSUFFICIENT_FUNDS);

        await().until(() -> statuses("after-bad-replies").contains(TransferStatus.CANCELLING));
        await().until(() -> probe.records(REPLIES_DLT).stream().map(ConsumerRecord::key).toList(),
                keys -> keys.containsAll(List.of("garbage", "ghost")));
    }

    @Test
    void sameRequestAgainStartsNothingAndOtherContentIsRefused() throws Exception {
        TransferRequest original = transfer("dup-1", "5.00");
        HttpResponse<String> first = post(original);
        HttpResponse<String> again = post(transfer("dup-1", "5.0"));
        HttpResponse<String> conflicting = post(transfer("dup-1", "6.00"));
        request(transfer("dup-1", "7.00"));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(conflicting.statusCode()).isEqualTo(409);
        await().until(() -> probe.records(REQUESTS_DLT).stream().anyMatch(r -> r.key().equals("dup-1")));
        awaitCommand(BANK_A, "dup-1", Phase.TRY);
        assertThat(commands(BANK_A, "dup-1")).hasSize(1).allMatch(c -> c.amount().equals(new BigDecimal("5.00")));
    }

    @Test
    void unknownTransferIsNotFound() throws Exception {
        assertThat(get("never-heard-of").statusCode()).isEqualTo(404);
    }

    private static TransferRequest transfer(String id, String amount) {
        return new TransferRequest(id, new AccountRef("bank-a", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal(amount));
    }

    private static void request(TransferRequest request) {
        probe.send(Topics.TRANSFER_REQUESTS, request.transferId(), request);
    }

    private static void reply(BranchCommand command, Outcome outcome, Reason reason) {
        probe.send(Topics.BRANCH_REPLIES, command.transferId(), new BranchReply(command.transferId(),
                command.branch(), command.phase(), command.bank(), outcome, reason));
    }

    private static List<BranchCommand> commands(String topic, String transferId) {
        return probe.values(topic, BranchCommand.class).stream()
                .filter(c -> c.transferId().equals(transferId)).toList();
    }

    private static BranchCommand awaitCommand(String topic, String transferId, Phase phase) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> commands(topic, transferId).stream()
                .filter(c -> c.phase() == phase).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private static List<TransferStatus> statuses(String transferId) {
        return probe.values(Topics.TRANSFER_EVENTS, TransferEvent.class).stream()
                .filter(e -> e.transferId().equals(transferId)).map(TransferEvent::status).toList();
    }

    private static TransferEvent awaitTerminal(String transferId) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> probe.values(Topics.TRANSFER_EVENTS,
                TransferEvent.class).stream().filter(e -> e.transferId().equals(transferId))
                .filter(e -> e.status().isTerminal()).findFirst(), java.util.Optional::isPresent).orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(TransferRequest request) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/transfers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(EventJson.write(request))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String transferId) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/transfers/" + transferId)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) orchestrator).getWebServer().getPort();
    }
}
