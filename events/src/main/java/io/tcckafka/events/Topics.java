package io.tcckafka.events;

import java.util.Optional;

/** Every topic name in one place. See docs/contract.md for keys, producers and consumers. */
public final class Topics {

    /** Transfer requests from client services; key = transferId. */
    public static final String TRANSFER_REQUESTS = "transfer.requests";
    /** Transfer status changes published by the orchestrator; key = transferId. */
    public static final String TRANSFER_EVENTS = "transfer.events";

    private static final String DEAD_LETTER_SUFFIX = ".DLT";
    private static final String BANK_PREFIX = "bank.";
    private static final String COMMANDS_SUFFIX = ".commands";
    private static final String REPLIES_SUFFIX = ".replies";

    private Topics() {
    }

    /** Try/Confirm/Cancel commands for one bank; key = account id, so one account's commands stay in order. */
    public static String bankCommands(String bank) {
        return BANK_PREFIX + bank + COMMANDS_SUFFIX;
    }

    /**
     * One bank's replies; key = transferId. Only that bank may write it, so the broker vouches for who answered
     * (docs/security.md).
     */
    public static String bankReplies(String bank) {
        return BANK_PREFIX + bank + REPLIES_SUFFIX;
    }

    public static boolean isBankCommands(String topic) {
        return bankOf(topic, COMMANDS_SUFFIX).isPresent();
    }

    public static boolean isBankReplies(String topic) {
        return bankOf(topic, REPLIES_SUFFIX).isPresent();
    }

    /** The bank whose commands a topic holds; empty for any other topic. */
    public static Optional<String> bankOfCommands(String topic) {
        return bankOf(topic, COMMANDS_SUFFIX);
    }

    /** The bank whose replies a topic holds; empty for any other topic. */
    public static Optional<String> bankOfReplies(String topic) {
        return bankOf(topic, REPLIES_SUFFIX);
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

    private static Optional<String> bankOf(String topic, String suffix) {
        if (!topic.startsWith(BANK_PREFIX) || !topic.endsWith(suffix)
                || topic.length() <= BANK_PREFIX.length() + suffix.length()) {
            return Optional.empty();
        }
        return Optional.of(topic.substring(BANK_PREFIX.length(), topic.length() - suffix.length()));
    }
}
