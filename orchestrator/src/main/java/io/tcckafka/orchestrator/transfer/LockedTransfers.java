package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;

/**
 * Transfers locked for one step, and how each looked when it was loaded, so that {@link TransferStore#save} writes
 * only what the step changed.
 */
public final class LockedTransfers {

    private final Map<String, Transfer> transfers = new LinkedHashMap<>();
    private final Map<String, Snapshot> loaded = new LinkedHashMap<>();

    LockedTransfers(List<Transfer> locked) {
        locked.forEach(transfer -> {
            transfers.put(transfer.id(), transfer);
            loaded.put(transfer.id(), Snapshot.of(transfer));
        });
    }

    public Optional<Transfer> get(String id) {
        return Optional.ofNullable(transfers.get(id));
    }

    public Collection<Transfer> all() {
        return transfers.values();
    }

    public int size() {
        return transfers.size();
    }

    List<Transfer> changedTransfers() {
        return transfers.values().stream()
                .filter(transfer -> !Snapshot.of(transfer).equals(loaded.get(transfer.id())))
                .toList();
    }

    /** What of a transfer's row its steps can change, its branches' progress included. */
    private record Snapshot(TransferStatus status, Reason reason, int attempts, Instant dueAt, Instant decidedAt,
            Instant statusChangedAt, List<TransferBranch> branches) {

        static Snapshot of(Transfer transfer) {
            return new Snapshot(transfer.status(), transfer.reason(), transfer.attempts(), transfer.dueAt(),
                    transfer.decidedAt(), transfer.statusChangedAt(), transfer.branches());
        }
    }
}
