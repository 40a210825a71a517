package io.tcckafka.orchestrator;

import static io.tcckafka.orchestrator.PlayedBanks.BANK_A;
import static io.tcckafka.orchestrator.PlayedBanks.BANK_B;
import static io.tcckafka.orchestrator.PlayedBanks.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferStatus;

/**
 * max-trying 2: with two transfers in their Try phase a third request waits on transfer.requests, and is read once
 * one of the two is decided (no more than three quarters of the limit left in Try).
 */
class RequestIntakeIT {

    private static PlayedBanks banks;

    @BeforeAll
    static void start() {
        banks = new PlayedBanks("request_intake_it", List.of(),
                "--tcc.orchestrator.max-trying=2",
                "--tcc.orchestrator.try-timeout=60s",
                "--tcc.orchestrator.timer-interval=100ms");
    }

    @AfterAll
    static void stop() {
        banks.close();
    }

    @Test
    void aRequestWaitsOnItsTopicWhileMaxTryingTransfersAreInTheirTryPhase() {
        banks.request(transfer("intake-1", "1.00"));
        banks.request(transfer("intake-2", "2.00"));
        var tryA1 = banks.awaitCommand(BANK_A, "intake-1", Phase.TRY);
        var tryB1 = banks.awaitCommand(BANK_B, "intake-1", Phase.TRY);
        banks.awaitCommand(BANK_A, "intake-2", Phase.TRY);
        await().atMost(Duration.ofSeconds(10)).until(() -> requests().allMatch(inbox()::isPartitionPaused));
        assertThat(replies()).isNotEmpty().noneMatch(inbox()::isPartitionPaused);

        banks.request(transfer("intake-3", "3.00"));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> banks.commands(BANK_A, "intake-3").isEmpty());
        assertThat(meters().get("tcc.requests.paused").gauge().value()).isEqualTo(1);
        assertThat(meters().get("tcc.requests.pauses").counter().count()).isEqualTo(1);

        banks.reply(tryA1, Outcome.SUCCEEDED, null);
        banks.reply(tryB1, Outcome.SUCCEEDED, null);
        banks.awaitCommand(BANK_A, "intake-3", Phase.TRY);

        for (String transferId : List.of("intake-1", "intake-2", "intake-3")) {
            if (!transferId.equals("intake-1")) {
                banks.reply(banks.awaitCommand(BANK_A, transferId, Phase.TRY), Outcome.SUCCEEDED, null);
                banks.reply(banks.awaitCommand(BANK_B, transferId, Phase.TRY), Outcome.SUCCEEDED, null);
            }
            banks.reply(banks.awaitCommand(BANK_A, transferId, Phase.CONFIRM), Outcome.SUCCEEDED, null);
            banks.reply(banks.awaitCommand(BANK_B, transferId, Phase.CONFIRM), Outcome.SUCCEEDED, null);
            assertThat(banks.awaitTerminal(transferId).status()).isEqualTo(TransferStatus.COMMITTED);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> requests().noneMatch(inbox()::isPartitionPaused));
        assertThat(meters().get("tcc.requests.paused").gauge().value()).isZero();
        assertThat(meters().get("tcc.requests.pauses").counter().count()).isGreaterThanOrEqualTo(1);
    }

    /** By name: the listener's id and the meters' names are the orchestrator's package-private constants. */
    private static MessageListenerContainer inbox() {
        return banks.orchestrator().getBean(KafkaListenerEndpointRegistry.class).getListenerContainer("transfer-inbox");
    }

    /** The partitions of transfer.requests the inbox reads (it is given every one: one orchestrator). */
    private static Stream<TopicPartition> requests() {
        List<TopicPartition> requests = inbox().getAssignedPartitions().stream()
                .filter(partition -> partition.topic().equals(Topics.TRANSFER_REQUESTS)).toList();
        assertThat(requests).isNotEmpty();
        return requests.stream();
    }

    /** The partitions of the banks' replies it reads: never paused, so the transfers in Try go on and make room. */
    private static List<TopicPartition> replies() {
        return inbox().getAssignedPartitions().stream()
                .filter(partition -> !partition.topic().equals(Topics.TRANSFER_REQUESTS)).toList();
    }

    private static MeterRegistry meters() {
        return banks.orchestrator().getBean(MeterRegistry.class);
    }
}
