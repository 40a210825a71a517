package io.tcckafka.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A page of a bank's journal entries written in {@code [from, to)}, in entry order: of one account (its statement,
 * {@code GET /api/accounts/{account}/statement}) or of them all ({@code GET /api/journal}). {@code next} is the entry
 * to pass as {@code after} for the next page, absent on the last.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalPage(String account, Instant from, Instant to, List<JournalEntry> entries, Long next) {
}
