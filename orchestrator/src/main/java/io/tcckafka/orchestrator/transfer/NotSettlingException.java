package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.TransferStatus;

/** Only a transfer that is confirming or cancelling has commands to re-send. */
public class NotSettlingException extends RuntimeException {

    public NotSettlingException(String transferId, TransferStatus status) {
        super("transfer " + transferId + " is " + status + ": only a CONFIRMING or CANCELLING transfer has Confirms or "
                + "Cancels to re-send");
    }
}
