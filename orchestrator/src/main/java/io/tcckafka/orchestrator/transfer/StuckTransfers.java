package io.tcckafka.orchestrator.transfer;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.clock.DatabaseClock;

/** The operator's view of transfers whose Confirm or Cancel keeps going unacknowledged, and the retry button. */
@Service
public class StuckTransfers {

    private static final Logger log = LoggerFactory.getLogger(StuckTransfers.class);

    private final TransferRepository transfers;
    private final DatabaseClock clock;
    private final int stuckAfterAttempts;
    private final RetryBackoff backoff;

    public StuckTransfers(TransferRepository transfers, DatabaseClock clock, OrchestratorProperties properties) {
        this.transfers = transfers;
        this.clock = clock;
        this.stuckAfterAttempts = properties.stuckAfterAttempts();
        this.backoff = properties.retryBackoff();
    }

    /** Longest settling first; a page of at most {@code limit}, after the transfer {@code after} when given. */
    @Transactional(readOnly = true)
    public List<Transfer> list(int limit, Optional<String> after) {
        if (after.isEmpty()) {
            return transfers.findStuck(TransferLifecycle.SETTLING, stuckAfterAttempts, Limit.of(limit));
        }
        return transfers.findById(after.get())
                .map(last -> transfers.findStuckAfter(TransferLifecycle.SETTLING, stuckAfterAttempts,
                        last.statusChangedAt(), last.id(), Limit.of(limit)))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count() {
        return transfers.countStuck(TransferLifecycle.SETTLING, stuckAfterAttempts);
    }

    /**
     * Makes a settling transfer due now, under its row lock, so the timer re-sends its pending commands at once;
     * empty when there is no such transfer.
     *
     * @throws NotSettlingException when the transfer has no decided phase to re-send
     * @throws RetryTooSoonException when its last copy went out too recently
     */
    @Transactional
    public Optional<Transfer> retryNow(String transferId) {
        Optional<Transfer> transfer = transfers.findForUpdate(transferId);
        transfer.ifPresent(t -> {
            t.retryNow(clock.now(), backoff);
            log.info("Operator retry: {} of transfer {} due now (attempts so far {})", t.settlementPhase(), t.id(),
                    t.attempts());
        });
        return transfer;
    }
}
