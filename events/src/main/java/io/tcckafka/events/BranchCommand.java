package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * One phase of one branch, sent by the orchestrator to the bank that holds {@code account}.
 * Topic {@link Topics#bankCommands(String)}, key = account. Its identity is (transferId, branch, account, phase), the
 * bank being the topic's: a re-sent command is the same command. {@code amount} is the branch's, all that the transfer
 * takes from or adds to the account.
 */
public record BranchCommand(
        String transferId,
        Branch branch,
        Phase phase,
        String bank,
        String account,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
