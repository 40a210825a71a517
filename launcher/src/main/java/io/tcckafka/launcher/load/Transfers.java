package io.tcckafka.launcher.load;

import io.tcckafka.events.TransferRequest;

/** What a TCC load sends: the next transfer, under the id it is given ({@link TccProtocol}). */
@FunctionalInterface
public interface Transfers {

    /** Called by one thread, one transfer after the other. */
    TransferRequest next(String transferId);
}
