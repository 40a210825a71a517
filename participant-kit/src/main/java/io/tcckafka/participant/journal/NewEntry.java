package io.tcckafka.participant.journal;

import io.tcckafka.events.AccountView;

/** A journal entry to write: the change, and the account's money after it. */
public record NewEntry(MoneyMoved change, AccountView after) {
}
