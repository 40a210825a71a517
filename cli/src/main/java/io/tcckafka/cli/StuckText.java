package io.tcckafka.cli;

import java.util.List;
import java.util.stream.Collectors;

import io.tcckafka.events.SettlingView;

/** {@code tcc stuck}: one row per stuck transfer, with the branches still waiting. */
public final class StuckText {

    private StuckText() {
    }

    public static List<String> of(List<SettlingView> stuck) {
        if (stuck.isEmpty()) {
            return List.of("No stuck transfers.");
        }
        Table table = new Table("transfer", "status", "phase", "attempts", "settling since", "next retry",
                "waiting for").rightAligned("attempts");
        for (SettlingView transfer : stuck) {
            String status = transfer.status() + (transfer.reason() == null ? "" : " (" + transfer.reason() + ")");
            String waiting = transfer.pending().stream().map(b -> b.branch() + " " + b.bank() + "/" + b.account())
                    .collect(Collectors.joining(", "));
            table.row(transfer.transferId(), status, transfer.phase(), transfer.attempts(), transfer.settlingSince(),
                    transfer.nextRetryAt(), waiting);
        }
        return table.lines();
    }
}
