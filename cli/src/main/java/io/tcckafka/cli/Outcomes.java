package io.tcckafka.cli;

import io.tcckafka.events.TransferStatus;

/** The exit code a transfer's status means: committed 0, aborted or rejected 3, still in flight 4. */
public final class Outcomes {

    private Outcomes() {
    }

    public static int exitCode(TransferStatus status) {
        return switch (status) {
            case COMMITTED -> ExitCodes.OK;
            case ABORTED, REJECTED -> ExitCodes.NEGATIVE;
            case ACCEPTED, CONFIRMING, CANCELLING -> ExitCodes.IN_FLIGHT;
        };
    }
}
