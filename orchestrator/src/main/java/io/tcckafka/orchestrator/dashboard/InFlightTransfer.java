package io.tcckafka.orchestrator.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.tcckafka.events.Branch;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferBranch;

/**
 * A transfer not finished yet, as the dashboard lists it: {@code from} and {@code to} name the accounts of its debit
 * and credit branches as {@code bank/account}, comma-separated; {@code amount} is the sum of its postings.
 */
record InFlightTransfer(String transferId, TransferStatus status, Reason reason, String from, String to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Instant createdAt, Instant statusChangedAt,
        int attempts) {

    static InFlightTransfer of(Transfer transfer) {
        return new InFlightTransfer(transfer.id(), transfer.status(), transfer.reason(),
                accounts(transfer, Branch.DEBIT), accounts(transfer, Branch.CREDIT),
                transfer.amount(),
                transfer.createdAt(), transfer.statusChangedAt(), transfer.attempts());
    }

    private static String accounts(Transfer transfer, Branch side) {
        return transfer.branches().stream().filter(branch -> branch.branch() == side)
                .map(TransferBranch::accountName).collect(Collectors.joining(", "));
    }
}
