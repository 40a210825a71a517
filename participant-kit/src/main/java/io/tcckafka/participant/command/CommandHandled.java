package io.tcckafka.participant.command;

import io.tcckafka.events.BranchReply;

/**
 * A command of a {@link CommandsHandled} batch, answered: {@code duplicate} when the barrier already held it and the
 * stored reply was given again.
 */
record CommandHandled(BranchReply reply, boolean duplicate) {
}
