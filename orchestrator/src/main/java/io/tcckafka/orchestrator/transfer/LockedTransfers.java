package io.tcckafka.orchestrator.transfer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.TransferStore.Positioned;

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
                .filter(transfer -> !Snapshot.of(transfer).row().equals(loaded.get(transfer.id()).row()))
                .toList();
    }

    List<Positioned<TransferBranch>> changedBranches() {
        List<Positioned<TransferBranch>> changed = new ArrayList<>();
        for (Transfer transfer : transfers.values()) {
            List<TransferBranch> before = loaded.get(transfer.id()).branches();
            List<TransferBranch> now = transfer.branches();
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).equals(before.get(i))) {
                    changed.add(new Positioned<>(transfer.id(), i, now.get(i)));
                }
            }
        }
        return changed;
    }

    /** What of a transfer its steps can change: the row's columns, and the branches. */
    private record Snapshot(Row row, List<TransferBranch> branches) {

        record Row(TransferStatus status, Reason reason, int attempts, Instant dueAt, Instant decidedAt,
                Instant statusChangedAt) {
        }

        static Snapshot of(Transfer transfer) {
            return new Snapshot(new Row(transfer.status(), transfer.reason(), transfer.attempts(), transfer.dueAt(),
                    transfer.decidedAt(), transfer.statusChangedAt()), transfer.branches());
        }
    }
}
