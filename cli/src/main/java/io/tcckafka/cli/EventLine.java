package io.tcckafka.cli;

import io.tcckafka.events.TransferEvent;

/** One transfer event as {@code tcc watch} prints it: {@code time  transferId  STATUS (REASON): detail}. */
public final class EventLine {

    private EventLine() {
    }

    public static String of(TransferEvent event) {
        return event.occurredAt() + "  " + TransferText.outcome(event.transferId(), event.status(), event.reason(),
                event.detail());
    }
}
