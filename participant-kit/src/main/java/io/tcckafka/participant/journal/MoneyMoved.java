package io.tcckafka.participant.journal;

import java.math.BigDecimal;

import io.tcckafka.events.Branch;
import io.tcckafka.events.EntryKind;

/** A change this transaction made to an account's money, before its entry knows the account's money after it. */
public record MoneyMoved(String account, EntryKind kind, String transferId, Branch branch, BigDecimal amount) {
}
