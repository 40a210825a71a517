package io.tcckafka.events;

/**
 * What an account journal entry records: the account opened with its first balance, or one phase of a branch that
 * changed the account's money. A phase that changed nothing (a refused Try, a Cancel without a Try) is no entry.
 */
public enum EntryKind {
    OPEN, TRY, CONFIRM, CANCEL
}
