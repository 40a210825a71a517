package io.tcckafka.orchestrator.transfer;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.tcckafka.orchestrator.OrchestratorProperties;

/** Looks for Try deadlines that passed and Confirms or Cancels due to be sent again. */
@Component
class TransferTimers {

    private final TransferService transfers;
    private final int batch;

    TransferTimers(TransferService transfers, OrchestratorProperties properties) {
        this.transfers = transfers;
        this.batch = properties.timerBatch();
    }

    @Scheduled(fixedDelayString = "${tcc.orchestrator.timer-interval}")
    void fire() {
        while (transfers.fireDueTimers() == batch) {
            // a full batch: more may be due
        }
    }
}
