package io.tcckafka.participant.barrier;

import io.tcckafka.events.Branch;

/**
 * One branch of one transfer at this bank: one account's debit or credit. Its up to three barrier rows (Try,
 * Confirm, Cancel) share it.
 */
public record BranchId(String transferId, Branch branch, String account) {
}
