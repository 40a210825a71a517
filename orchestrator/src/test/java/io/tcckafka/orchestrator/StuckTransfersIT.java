package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.BANK_A;
import static io.tcckafka.orchestrator.PlayedBanks.BANK_B;
import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.security.Roles;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bank that stops answering Confirms: the transfer shows up in the stuck list and gauge, an operator's retry
 * re-sends at once, and once the bank answers the transfer finishes and leaves the list. The backoff (2 s doubling,
 * no cap to speak of) leaves 8 s between the 3rd and the 4th scheduled send, so a re-send seen sooner is the
 * operator's.
 */
class StuckTransfersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PlayedBanks banks;

    @BeforeAll
    static void start() {
        banks = new PlayedBanks("stuck_it", List.of(),
                "--tcc.orchestrator.try-timeout=1h",
                "--tcc.orchestrator.retry-initial=5s",
                "--tcc.orchestrator.retry-max=1h",
                "--tcc.orchestrator.timer-interval=100ms",
                "--tcc.orchestrator.stuck-after-attempts=3");
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    void anUnansweredConfirmIsListedCountedAndRetriedOnRequestUntilItFinishes() {
        banks.request(transfer("stuck-1", "10.00"));
        banks.reply(banks.awaitCommand(BANK_A, "stuck-1", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "stuck-1", Phase.TRY), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_A, "stuck-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        assertThat(stuck()).isEmpty();

        await().atMost(Duration.ofSeconds(60)).until(() -> confirmsToBankB() >= 3 && !stuck().isEmpty());
        assertThat(stuck()).hasSize(1);
        Map<String, Object> listed = stuck().get(0);
        assertThat(listed).containsEntry("transferId", "stuck-1").containsEntry("status", "CONFIRMING")
                .containsEntry("phase", "CONFIRM").containsEntry("attempts", 3)
                .containsEntry("pending", List.of(Map.of("branch", "CREDIT", "bank", "bank-b", "account", "1")))
                .containsKeys("settlingSince", "nextRetryAt");
        assertThat(stuckGauge()).isEqualTo(1.0);
        assertThat(banks.get(Roles.OPERATOR, "/api/stuck-transfers?limit=10&after=stuck-1").body()).isEqualTo("[]");

        Instant scheduled = Instant.parse((String) listed.get("nextRetryAt"));
        // refused (429) while the last automatic copy is under retry-initial old; then due at once
        await().atMost(Duration.ofSeconds(10)).until(
                () -> banks.post(Roles.OPERATOR, "/api/transfers/stuck-1/retry", "").statusCode(), code -> code == 202);
        await().atMost(Duration.ofSeconds(5)).until(() -> confirmsToBankB() >= 4);
        assertThat(Instant.now()).isBefore(scheduled);

        // the copy just sent is recent: another retry now would only send faster than the backoff ever does
        var tooSoon = banks.post(Roles.OPERATOR, "/api/transfers/stuck-1/retry", "");
        assertThat(tooSoon.statusCode()).isEqualTo(429);
        assertThat(tooSoon.headers().firstValue("Retry-After")).isPresent();
        assertThat(tooSoon.body()).contains("sent moments ago");
        assertThat(confirmsToBankB()).isEqualTo(4);

        banks.reply(banks.awaitCommand(BANK_B, "stuck-1", Phase.CONFIRM), Outcome.SUCCEEDED, null);
        assertThat(banks.awaitTerminal("stuck-1").status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(stuck()).isEmpty();
        assertThat(stuckGauge()).isZero();
    }

    @Test
    void retryIsRefusedWhenNothingIsDecidedOrAllIsDoneAndUnknownIsNotFound() {
        banks.request(transfer("refused-1", "1.00"));
        BranchCommand debitTry = banks.awaitCommand(BANK_A, "refused-1", Phase.TRY);

        var undecided = banks.post(Roles.OPERATOR, "/api/transfers/refused-1/retry", "");
        assertThat(undecided.statusCode()).isEqualTo(409);
        assertThat(undecided.body()).contains("is ACCEPTED");
        assertThat(banks.commands(BANK_A, "refused-1")).extracting(BranchCommand::phase).containsOnly(Phase.TRY);

        banks.reply(debitTry, Outcome.FAILED, Reason.INSUFFICIENT_FUNDS);
        banks.reply(banks.awaitCommand(BANK_A, "refused-1", Phase.CANCEL), Outcome.SUCCEEDED, null);
        banks.reply(banks.awaitCommand(BANK_B, "refused-1", Phase.CANCEL), Outcome.SUCCEEDED, null);
        banks.awaitTerminal("refused-1");
        var finished = banks.post(Roles.OPERATOR, "/api/transfers/refused-1/retry", "");
        assertThat(finished.statusCode()).isEqualTo(409);
        assertThat(finished.body()).contains("is ABORTED");
        assertThat(banks.commands(BANK_B, "refused-1")).extracting(BranchCommand::phase)
                .containsExactly(Phase.TRY, Phase.CANCEL);

        assertThat(banks.post(Roles.OPERATOR, "/api/transfers/never-heard-of/retry", "").statusCode()).isEqualTo(404);
        assertThat(banks.get(Roles.OPERATOR, "/api/stuck-transfers?limit=0").statusCode()).isEqualTo(400);
        assertThat(banks.get(Roles.OPERATOR, "/api/stuck-transfers?limit=1001").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyOperatorsSeeStuckTransfersAndRetry() {
        assertThat(banks.get(null, "/api/stuck-transfers").statusCode()).isEqualTo(401);
        assertThat(banks.get(Roles.CLIENT, "/api/stuck-transfers").statusCode()).isEqualTo(403);
        assertThat(banks.post(null, "/api/transfers/x/retry", "").statusCode()).isEqualTo(401);
        assertThat(banks.post(Roles.CLIENT, "/api/transfers/x/retry", "").statusCode()).isEqualTo(403);
        assertThat(banks.get(Roles.ADMIN, "/api/stuck-transfers").statusCode()).isEqualTo(200);
        assertThat(banks.get(Roles.CLIENT, "/actuator/metrics").statusCode()).isEqualTo(403);
    }

    private static long confirmsToBankB() {
        return banks.commands(BANK_B, "stuck-1").stream().filter(c -> c.phase() == Phase.CONFIRM).count();
    }

    private static List<Map<String, Object>> stuck() {
        var response = banks.get(Roles.OPERATOR, "/api/stuck-transfers?limit=10");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readValue(response.body(), new TypeReference<>() {
        });
    }

    private static double stuckGauge() {
        Map<String, Object> metric = JSON.readValue(banks.get(Roles.OPERATOR, "/actuator/metrics/tcc.transfers.stuck").body(),
                new TypeReference<>() {
                });
        @SuppressWarnings("unchecked")
        var measurements = (List<Map<String, Object>>) metric.get("measurements");
        return ((Number) measurements.get(0).get("value")).doubleValue();
    }
}
