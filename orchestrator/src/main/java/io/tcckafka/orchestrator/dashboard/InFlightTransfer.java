package io.tcckafka.orchestrator.dashboard;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.BranchState;
import io.tcckafka.orchestrator.transfer.Transfer;

/** A transfer not finished yet, as the dashboard lists it; {@code from} and {@code to} as {@code bank/account}. */
record InFlightTransfer(String transferId, TransferStatus status, Reason reason, String from, String to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Instant createdAt, Instant statusChangedAt,
        int attempts) {

    static InFlightTransfer of(Transfer transfer) {
        var branches = transfer.branches();
        return new InFlightTransfer(transfer.id(), transfer.status(), transfer.reason(),
                account(branches.get(Branch.DEBIT)), account(branches.get(Branch.CREDIT)), transfer.amount(),
                transfer.createdAt(), transfer.statusChangedAt(), transfer.attempts());
    }

    private static String account(BranchState state) {
        return state.bank() + "/" + state.account();
    }
}
