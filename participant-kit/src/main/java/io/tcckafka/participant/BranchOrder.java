package io.tcckafka.participant;

import java.math.BigDecimal;

import io.tcckafka.events.Branch;

/**
 * What the kit asks the {@link Ledger} to do for one branch of one transfer: all that the transfer takes from
 * ({@link Branch#DEBIT}) or adds to ({@link Branch#CREDIT}) one account of this bank.
 */
public record BranchOrder(String transferId, Branch branch, String account, BigDecimal amount) {
}
