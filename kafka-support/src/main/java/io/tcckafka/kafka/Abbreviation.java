package io.tcckafka.kafka;

/** Cuts text that may come from hostile input down to a bounded length, saying how long it was. */
public final class Abbreviation {

    private Abbreviation() {
    }

    public static String of(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return text;
        }
        return text.substring(0, maxLength) + "… (" + text.length() + " characters)";
    }
}
