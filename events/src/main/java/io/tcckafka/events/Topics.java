package io.tcckafka.events;

/** Every topic name in one place. See docs/contract.md for keys, producers and consumers. */
public final class Topics {

    /** Transfer requests from client services; key = transferId. */
    public static final String TRANSFER_REQUESTS = "transfer.requests";
    /** Transfer status changes published by the orchestrator; key = transferId. */
    public static final String TRANSFER_EVENTS = "transfer.events";
    /** Branch replies from every bank to the orchestrator; key = transferId. */
    public static final String BRANCH_REPLIES = "transfer.replies";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    /** Try/Confirm/Cancel commands for one bank; key = account id, so one account's commands stay in order. */
    public static String bankCommands(String bank) {
        return "bank." + bank + ".commands";
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
