package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.Phase;

/** The timer sent a decided transfer's unacknowledged Confirms or Cancels again; heard after its commit. */
public record CommandsResent(Phase phase, int commands) {
}
