package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.TransferEvent;
import io.tcckafka.events.Topics;

/** Something a transfer wants sent, written to the outbox in the same transaction as the transfer. */
public record Message(String topic, String key, String transferId, Object payload) {

    static Message command(BranchCommand command) {
        return new Message(Topics.bankCommands(command.bank()), command.account(), command.transferId(), command);
    }

    static Message event(TransferEvent event) {
        return new Message(Topics.TRANSFER_EVENTS, event.transferId(), event.transferId(), event);
    }
}
