package io.tcckafka.events;

/** What a reconciliation found wrong between the orchestrator's transfers and a bank's journal (docs/operations.md). */
public enum DiscrepancyKind {
    /** A committed transfer's branch lacks its Try or Confirm entry at its bank. */
    MISSING_ENTRY,
    /** An entry's amount is not its branch's. */
    AMOUNT_MISMATCH,
    /** The same phase of a branch entered twice. */
    DUPLICATE_ENTRY,
    /** Money applied for a transfer that did not commit: a Confirm entry of an aborted or rejected transfer. */
    APPLIED_NOT_COMMITTED,
    /** An entry for a transfer the orchestrator does not know, or for a branch the transfer does not have. */
    FOREIGN_ENTRY,
    /** A Try's hold with no Confirm or Cancel entry although its transfer has ended. */
    HOLD_OUTLIVED,
    /** The bank's journal could not be read: nothing is known of it for this window. */
    BANK_UNAVAILABLE
}
