package io.tcckafka.events;

/**
 * Which side of an account a branch takes: a debit takes money from it, a credit adds money to it. A branch is one
 * account's side of one transfer, identified by (transferId, branch, bank, account): all that a transfer takes from
 * one account is one debit branch, all that it adds to one account one credit branch.
 */
public enum Branch {
    DEBIT, CREDIT
}
