package io.tcckafka.orchestrator.transfer;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.orchestrator.OrchestratorProperties;
import io.tcckafka.orchestrator.clock.DatabaseClock;

/** The operator's view of transfers whose Confirm or Cancel keeps going unacknowledged, and the retry button. */
@Service
public class StuckTransfers {

    private static final Logger log = LoggerFactory.getLogger(StuckTransfers.class);

    private final TransferStore store;
    private final DatabaseClock clock;
    private final int stuckAfterAttempts;
    private final RetryBackoff backoff;

    public StuckTransfers(TransferStore store, DatabaseClock clock, OrchestratorProperties properties) {
        this.store = store;
        this.clock = clock;
        this.stuckAfterAttempts = properties.stuckAfterAttempts();
        this.backoff = properties.retryBackoff();
    }

    /** Longest settling first; a page of at most {@code limit}, after the transfer {@code after} when given. */
    @Transactional(readOnly = true)
    public List<Transfer> list(int limit, Optional<String> after) {
        if (after.isEmpty()) {
            return store.findStuck(stuckAfterAttempts, limit, Optional.empty());
        }
        return store.find(after.get())
                .map(last -> store.findStuck(stuckAfterAttempts, limit, Optional.of(last)))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.countStuck(stuckAfterAttempts);
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
        LockedTransfers locked = store.lockAll(List.of(transferId));
        Optional<Transfer> transfer = locked.get(transferId);
        transfer.ifPresent(t -> {
            t.retryNow(clock.now(), backoff);
            log.info("Operator retry: {} of transfer {} due now (attempts so far {})", t.settlementPhase(), t.id(),
                    t.attempts());
        });
        store.save(locked);
        return transfer;
    }
}
