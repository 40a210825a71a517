package io.tcckafka.events;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of a bank's account journal (docs/operations.md, "Account journals"): a change to an account's balance
 * or holds, written in the same local transaction as the change. {@code entry} numbers the bank's entries in the order
 * they were written; {@code time} is the database's. {@code balance}, {@code frozen} and {@code incoming} are the
 * account's money after the change; {@link #balanceChange()} and its two siblings say what this entry changed, so an
 * account's balance is the sum of its entries' balance changes. {@code transferId} and {@code branch} are absent on
 * an {@link EntryKind#OPEN} entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(value = { "balanceChange", "frozenChange", "incomingChange" }, allowGetters = true)
public record JournalEntry(
        long entry,
        Instant time,
        String account,
        EntryKind kind,
        String transferId,
        Branch branch,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal frozen,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal incoming) {

    /** What this entry added to the balance: the opening balance, a confirmed credit, minus a confirmed debit. */
    @JsonProperty
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal balanceChange() {
        return Money.exact(EntryEffect.of(kind, branch).balance(amount));
    }

    /** What it added to the money frozen by debit Tries. */
    @JsonProperty
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal frozenChange() {
        return Money.exact(EntryEffect.of(kind, branch).frozen(amount));
    }

    /** What it added to the money booked as incoming by credit Tries. */
    @JsonProperty
    @JsonFormat(shape = JsonFormat.Shape.STRING)
    public BigDecimal incomingChange() {
        return Money.exact(EntryEffect.of(kind, branch).incoming(amount));
    }
}
