package io.tcckafka.participant.command;

import java.util.List;

/**
 * A batch's commands were answered and the answers committed, in the batch's order: one event a batch, so that what
 * hears it after the commit costs the transaction one synchronization, not one a command.
 */
record CommandsHandled(List<CommandHandled> commands) {
}
