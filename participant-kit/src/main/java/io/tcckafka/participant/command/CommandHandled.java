package io.tcckafka.participant.command;

import io.tcckafka.events.BranchReply;

/**
 * A command was answered and the answer committed: {@code duplicate} when the barrier already held it and the stored
 * reply was given again.
 */
record CommandHandled(BranchReply reply, boolean duplicate) {
}
