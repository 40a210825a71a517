package io.tcckafka.orchestrator;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.tcckafka.orchestrator.transfer.RetryBackoff;

/**
 * @param banks          the banks transfers may name; any other bank is rejected as UNKNOWN_BANK
 * @param tryTimeout     how long the Try phase may take, on database time, before the transfer is cancelled
 * @param retryInitial   first delay before a Confirm or Cancel is sent again
 * @param retryMax       cap of the doubling delay between Confirm or Cancel re-sends
 * @param timerInterval  how often due deadlines and retries are looked for
 * @param timerBatch     how many due transfers one timer transaction takes
 * @param outboxBatch    how many outbox rows (each the messages of one step) one transaction of the relay's safety net sends
 * @param outboxPoll     how often the relay's safety net looks for rows not sent right after their commit
 * @param outboxGrace    how old such a row must be before the safety net sends it
 * @param stuckAfterAttempts after how many sends of its Confirm or Cancel a transfer counts as stuck (listed, counted)
 * @param maxTrying      how many transfers may be in their Try phase before transfer.requests is paused; 0: no limit
 */
@ConfigurationProperties("tcc.orchestrator")
public record OrchestratorProperties(
        Set<String> banks,
        Duration tryTimeout,
        Duration retryInitial,
        Duration retryMax,
        Duration timerInterval,
        int timerBatch,
        int outboxBatch,
        Duration outboxPoll,
        Duration outboxGrace,
        int stuckAfterAttempts,
        int maxTrying) {

    public RetryBackoff retryBackoff() {
        return new RetryBackoff(retryInitial, retryMax);
    }
}
