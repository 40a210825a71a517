package io.tcckafka.events;

/** Why a transfer was aborted or rejected, or why a branch command failed. */
public enum Reason {
    // reasons a transfer ends ABORTED or REJECTED
    INSUFFICIENT_FUNDS,
    ACCOUNT_NOT_FOUND,
    /** A credit Try refused: the payee's balance, what is incoming and the amount would not fit {@link Money#MAX}. */
    BALANCE_LIMIT_EXCEEDED,
    UNKNOWN_BANK,
    TRY_TIMEOUT,
    INVALID_REQUEST,

    // reasons a participant refuses a branch command
    /** Anti-hanging: the Try came after its Cancel and is refused. */
    CANCELLED_BEFORE_TRY,
    /** A Confirm whose Try is unknown or did not succeed: never applied. */
    TRY_NOT_SUCCEEDED,
    /** A Confirm after the branch was cancelled. */
    ALREADY_CANCELLED,
    /** A Cancel after the branch was confirmed. */
    ALREADY_CONFIRMED
}
