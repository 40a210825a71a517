package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
import io.tcckafka.security.Roles;
import io.tcckafka.testing.TopicProbe;

/** The orchestrator alone on a real broker and MariaDB; the test plays both banks ({@link PlayedBanks}). */
class OrchestratorIT {

    private static final String BANK_A = PlayedBanks.BANK_A;
    private static final String BANK_B = PlayedBanks.BANK_B;
    private static final String REQUESTS_DLT = Topics.deadLetter(Topics.TRANSFER_REQUESTS);
    private static final String REPLIES_DLT = Topics.deadLetter(Topics.bankReplies("bank-a"));
    private static final String REPLIES_DLT_B = Topics.deadLetter(Topics.bankReplies("bank-b"));

    private static PlayedBanks banks;
    private static TopicProbe probe;

    @BeforeAll
    static void start() {
        banks = new PlayedBanks("orchestrator_it", List.of(REQUESTS_DLT, REPLIES_DLT, REPLIES_DLT_B),
                "--tcc.orchestrator.try-timeout=8s",
                "--tcc.orchestrator.retry-initial=300ms",
                "--tcc.orchestrator.timer-interval=100ms");
        probe = banks.probe();
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    void bothTriesSucceedThenBothConfirmsCommit() throws Exception {
        banks.request(transfer("commit-1", "10.00"));

        BranchCommand debitTry = banks.awaitCommand(BANK_A, "commit-1", Phase.TRY);
        assertThat(debitTry).isEqualTo(new BranchCommand("commit-1", Branch.DEBIT, Phase.TRY, "bank-a", "2",
                new BigDecimal("10.00")));
        banks.reply(debitTry, Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "commit-1", Phase.TRY), Outcome.SUCCEEDED, null);

        banks.reply(banks.awaitCommand(BANK_A, "commit-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "commit-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);

        assertThat(banks.awaitTerminal("commit-1").status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(banks.statuses("commit-1")).containsExactly(TransferStatus.ACCEPTED, TransferStatus.CONFIRMING,
                TransferStatus.COMMITTED);
        assertThat(get("commit-1").body()).contains("\"status\":\"COMMITTED\"", "\"confirm\":\"DONE\"");
    }

    @Test
    void aFailedTryCancelsEveryBranch() {
        banks.request(transfer("abort-1", "10.00"));
        banks.reply(banks.awaitCommand(BANK_A, "abort-1", Phase.TRY), Outcome.FAILED, Reason.INSUFFICIENT_FUNDS);

        banks.reply(banks.awaitCommand(BANK_B, "abort-1", Phase.CANCEL), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_A, "abort-1", Phase.CANCEL), Outcome.SUCCEEDED, null);

        TransferEvent outcome = banks.awaitTerminal("abort-1");
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.INSUFFICIENT_FUNDS);
        assertThat(banks.commands(BANK_A, "abort-1")).extracting(BranchCommand::phase)
                .containsOnly(Phase.TRY, Phase.CANCEL);
    }

    @Test
    void aReplyIsUsedOnlyFromTheBranchsBankAboutItsAccountAndAmount() {
        banks.request(transfer("forged-1", "10.00"));
        BranchCommand debitTry = banks.awaitCommand(BANK_A, "forged-1", Phase.TRY);
        BranchCommand creditTry = banks.awaitCommand(BANK_B, "forged-1", Phase.TRY);

        // bank-b answering for bank-a's branch, on its own topic; bank-a answering about another amount, account
        probe.send(Topics.bankReplies("bank-b"), "forged-1", new BranchReply("forged-1", Branch.DEBIT, Phase.TRY,
                "bank-b", "2", new BigDecimal("10.00"), Outcome.FAILED, Reason.INSUFFICIENT_FUNDS));
        probe.send(Topics.bankReplies("bank-b"), "forged-1", new BranchReply("forged-1", Branch.DEBIT, Phase.TRY,
                "bank-a", "2", new BigDecimal("10.00"), Outcome.FAILED, Reason.INSUFFICIENT_FUNDS));
        probe.send(Topics.bankReplies("bank-a"), "forged-1", new BranchReply("forged-1", Branch.DEBIT, Phase.TRY,
                "bank-a", "2", new BigDecimal("0.01"), Outcome.SUCCEEDED, null));
        probe.send(Topics.bankReplies("bank-a"), "forged-1", new BranchReply("forged-1", Branch.DEBIT, Phase.TRY,
                "bank-a", "3", new BigDecimal("10.00"), Outcome.SUCCEEDED, null));

        List<String> reasons = await().until(() -> deadLetterReasons("forged-1"), found -> found.size() == 4);
        assertThat(reasons).anySatisfy(r -> assertThat(r).contains("no DEBIT branch for bank-b/2"))
                .anySatisfy(r -> assertThat(r).contains("came on bank.bank-b.replies but names bank bank-a"))
                .anySatisfy(r -> assertThat(r).contains("the branch's amount is 10.00"))
                .anySatisfy(r -> assertThat(r).contains("no DEBIT branch for bank-a/3"));
        assertThat(banks.statuses("forged-1")).containsExactly(TransferStatus.ACCEPTED);

        banks.reply(debitTry, Outcome.SUCCEEDED, null);
        banks.reply(creditTry, Outcome.SUCCEEDED, null);
        banks.awaitCommand(BANK_A, "forged-1", Phase.CONFIRM);
    }

    @Test
    void transferIdsCompareExactly() {
        banks.request(transfer("Case-1", "1.00"));
        banks.request(transfer("case-1", "2.00"));

        assertThat(banks.awaitCommand(BANK_A, "Case-1", Phase.TRY).amount()).isEqualByComparingTo("1.00");
        assertThat(banks.awaitCommand(BANK_A, "case-1", Phase.TRY).amount()).isEqualByComparingTo("2.00");
    }

    @Test
    void transfersAreSubmittedByClientsAndReadByClientsAndOperators() {
        String body = EventJson.write(transfer("http-roles-1", "1.00"));
        assertThat(banks.post(null, "/api/transfers", body).statusCode()).isEqualTo(401);
        assertThat(banks.post(Roles.OPERATOR, "/api/transfers", body).statusCode()).isEqualTo(403);
        assertThat(banks.post(Roles.ADMIN, "/api/transfers", body).statusCode()).isEqualTo(403);
        assertThat(banks.get(Roles.OPERATOR, "/api/transfers/http-roles-1").statusCode()).isEqualTo(404);
        assertThat(banks.post(Roles.CLIENT, "/api/transfers", body).statusCode()).isEqualTo(202);
        assertThat(banks.get(null, "/api/transfers/http-roles-1").statusCode()).isEqualTo(401);
        assertThat(banks.get(Roles.CLIENT, "/api/transfers/http-roles-1").statusCode()).isEqualTo(200);
        assertThat(banks.get(Roles.OPERATOR, "/api/transfers/http-roles-1").statusCode()).isEqualTo(200);
        assertThat(banks.get(Roles.CLIENT, "/api/dashboard/overview").statusCode()).isEqualTo(403);
        assertThat(banks.get(null, "/actuator/health").statusCode()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() {
        String huge = EventJson.write(transfer("x".repeat(70_000), "1.00"));
        var response = banks.post(Roles.CLIENT, "/api/transfers", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("larger than 65536 bytes");
    }

    @Test
    void silenceUntilTheTryDeadlineCancelsAndCancelIsResentUntilAcknowledged() {
        banks.request(transfer("timeout-1", "10.00"));
        banks.awaitCommand(BANK_A, "timeout-1", Phase.TRY);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> banks.commands(BANK_A, "timeout-1").stream()
                        .filter(c -> c.phase() == Phase.CANCEL).count() >= 2);
        BranchCommand cancel = banks.awaitCommand(BANK_A, "timeout-1", Phase.CANCEL);
        banks.reply(cancel, Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "timeout-1", Phase.CANCEL), Outcome.SUCCEEDED, null);

        TransferEvent outcome = banks.awaitTerminal("timeout-1");
        assertThat(outcome.status()).isEqualTo(TransferStatus.ABORTED);
        assertThat(outcome.reason()).isEqualTo(Reason.TRY_TIMEOUT);
    }

    @Test
    void invalidRequestsEndRejectedWithTheirReason() {
        banks.request(transfer("reject-amount", "1.001"));
        banks.request(new TransferRequest("reject-bank", new AccountRef("bank-z", "2"), new AccountRef("bank-b", "1"),
                new BigDecimal("1.00")));

        assertThat(banks.awaitTerminal("reject-amount")).extracting(TransferEvent::status, TransferEvent::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.INVALID_REQUEST);
        assertThat(banks.awaitTerminal("reject-bank")).extracting(TransferEvent::status, TransferEvent::reason)
                .containsExactly(TransferStatus.REJECTED, Reason.UNKNOWN_BANK);
    }

    @Test
    void malformedRequestIsDeadLetteredAndTheNextOneStillRuns() {
        probe.sendRaw(Topics.TRANSFER_REQUESTS, "bad-json", "{not json");
        probe.sendRaw(Topics.TRANSFER_REQUESTS, "bad-id", EventJson.write(transfer("bad id!", "1.00")));
        banks.request(transfer("after-poison", "1.00"));

        banks.awaitCommand(BANK_A, "after-poison", Phase.TRY);
        await().until(() -> probe.records(REQUESTS_DLT).stream().map(ConsumerRecord::key).toList()
                .containsAll(List.of("bad-json", "bad-id")));
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
        probe.sendRaw(Topics.bankReplies("bank-a"), "garbage", "[1,2");
        probe.send(Topics.bankReplies("bank-a"), "ghost", new BranchReply("ghost", Branch.DEBIT, Phase.TRY, "bank-a",
                "2", BigDecimal.ONE, Outcome.SUCCEEDED, null));
        banks.request(transfer("after-bad-replies", "1.00"));
        banks.reply(banks.awaitCommand(BANK_A, "after-bad-replies", Phase.TRY), Outcome.FAILED,
                Reason.INSUFFICIENT_FUNDS);

        await().until(() -> banks.statuses("after-bad-replies").contains(TransferStatus.CANCELLING));
        await().until(() -> probe.records(REPLIES_DLT).stream().map(ConsumerRecord::key).toList(),
                keys -> keys.containsAll(List.of("garbage", "ghost")));
    }

    @Test
    void sameRequestAgainStartsNothingAndOtherContentIsRefused() throws Exception {
        TransferRequest original = transfer("dup-1", "5.00");
        HttpResponse<String> first = post(original);
        HttpResponse<String> again = post(transfer("dup-1", "5.0"));
        HttpResponse<String> conflicting = post(transfer("dup-1", "6.00"));
        banks.request(transfer("dup-1", "7.00"));

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(first.body()).contains("\"status\":\"ACCEPTED\"");
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(conflicting.statusCode()).isEqualTo(409);
        await().until(() -> probe.records(REQUESTS_DLT).stream().anyMatch(r -> r.key().equals("dup-1")));
        banks.awaitCommand(BANK_A, "dup-1", Phase.TRY);
        assertThat(banks.commands(BANK_A, "dup-1")).filteredOn(c -> c.phase() == Phase.TRY).hasSize(1)
                .allMatch(c -> c.amount().equals(new BigDecimal("5.00")));
    }

    @Test
    void unknownTransferIsNotFound() throws Exception {
        assertThat(get("never-heard-of").statusCode()).isEqualTo(404);
    }

    /** Why replies keyed by this transferId were dead-lettered, from either bank's reply DLT. */
    private static List<String> deadLetterReasons(String key) {
        return Stream.of(REPLIES_DLT, REPLIES_DLT_B).flatMap(topic -> probe.records(topic).stream())
                .filter(r -> key.equals(r.key())).map(r -> header(r, "kafka_dlt-exception-message")).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(TransferRequest request) {
        return banks.post(Roles.CLIENT, "/api/transfers", EventJson.write(request));
    }

    private static HttpResponse<String> get(String transferId) {
        return banks.get(Roles.CLIENT, "/api/transfers/" + transferId);
    }
}
