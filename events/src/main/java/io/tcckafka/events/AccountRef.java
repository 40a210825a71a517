package io.tcckafka.events;

/** An account held by one bank. */
public record AccountRef(String bank, String account) {
}
