package io.tcckafka.bank.barrier;

import io.tcckafka.events.Branch;

/** One branch of one transfer: the up to three barrier rows (Try, Confirm, Cancel) that share it. */
public record BranchId(String transferId, Branch branch) {
}
