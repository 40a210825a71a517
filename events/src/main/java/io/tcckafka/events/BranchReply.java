package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A bank's answer to a {@link BranchCommand}. Topic {@link Topics#bankReplies(String)} of the answering bank,
 * key = transferId. It says which account and amount it answers for: those of the branch's Try as the bank recorded
 * it, which the orchestrator compares with its own before it uses the reply.
 */
public record BranchReply(
        String transferId,
        Branch branch,
        Phase phase,
        String bank,
        String account,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Outcome outcome,
        Reason reason) {

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
