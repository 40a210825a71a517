package io.tcckafka.events;

/** The two branches of a transfer: the payer's bank debits, the payee's bank credits. */
public enum Branch {
    DEBIT, CREDIT
}
