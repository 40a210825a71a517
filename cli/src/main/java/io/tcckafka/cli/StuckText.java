package io.tcckafka.cli;

import java.util.List;
import java.util.stream.Collectors;

/** {@code tcc stuck}: one row per stuck transfer, with the branches still waiting. */
public final class StuckText {

    private StuckText() {
    }

    public static List<String> of(List<SettlingView> stuck) {
        if (stuck.isEmpty()) {
            return List.of("No stuck transfers.");
        }
        Table table = new Table("transfer", "status", "phase", "attempts", "settling since", "next retry", "waiting for")
                .rightAligned("attempts");
        for (SettlingView transfer : stuck) {
            table.row(transfer.transferId(), transfer.status() + (transfer.reason() == null ? "" : " (" + transfer.reason() + ")"),
                    transfer.phase(), transfer.attempts(), transfer.settlingSince(), transfer.nextRetryAt(),
                    transfer.pending().stream().map(b -> b.branch() + " " + b.bank() + "/" + b.account())
                            .collect(Collectors.joining(", ")));
        }
        return table.lines();
    }
}
