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
    private static final String BANK_COMMANDS_PREFIX = "bank.";
    private static final String BANK_COMMANDS_SUFFIX = ".commands";

    private Topics() {
    }

    /** Try/Confirm/Cancel commands for one bank; key = account id, so one account's commands stay in order. */
    public static String bankCommands(String bank) {
        return BANK_COMMANDS_PREFIX + bank + BANK_COMMANDS_SUFFIX;
    }

    public static boolean isBankCommands(String topic) {
        return topic.startsWith(BANK_COMMANDS_PREFIX) && topic.endsWith(BANK_COMMANDS_SUFFIX)
                && topic.length() > BANK_COMMANDS_PREFIX.length() + BANK_COMMANDS_SUFFIX.length();
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The topic a dead-letter topic holds the failed records of; any other topic itself. */
    public static String original(String topic) {
        return topic.endsWith(DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - DEAD_LETTER_SUFFIX.length())
                : topic;
    }
}
