package io.tcckafka.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What GET /api/transfers/{id} answers: the status, the postings asked for, and each branch's phases with their
 * times. {@code from}, {@code to} and {@code amount} repeat a transfer of one posting in the single form, and are
 * left out for more; {@code detail} says what is wrong with a rejected request (docs/contract.md). The orchestrator
 * makes it from its transfer; clients such as {@code tcc} read it.
 */
public record TransferView(
        String transferId,
        TransferStatus status,
        Reason reason,
        @JsonInclude(JsonInclude.Include.NON_NULL) String detail,
        @JsonInclude(JsonInclude.Include.NON_NULL) AccountRef from,
        @JsonInclude(JsonInclude.Include.NON_NULL) AccountRef to,
        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<Posting> postings,
        Instant createdAt,
        Instant statusChangedAt,
        Instant tryDeadline,
        Instant decidedAt,
        int attempts,
        List<BranchView> branches) {

    /** {@code confirm} and {@code cancel} are null until that phase is decided for the branch. */
    public record BranchView(Branch branch, String bank, String account,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, TryState tryState, Reason tryReason,
            Instant triedAt, Settlement confirm, Settlement cancel, Instant settledAt) {
    }
}
