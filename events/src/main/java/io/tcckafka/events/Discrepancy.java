package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing a reconciliation found wrong, with what names it: the transfer, the bank and account, the branch and
 * phase where they apply, the amounts expected and found where they differ, and a sentence for a person.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Discrepancy(
        DiscrepancyKind kind,
        String transferId,
        String bank,
        String account,
        Branch branch,
        EntryKind entry,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal expected,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal found,
        String detail) {
}
