package io.tcckafka.events;

/** A bank's answer to a {@link BranchCommand}. Topic {@link Topics#BRANCH_REPLIES}, key = transferId. */
public record BranchReply(
        String transferId,
        Branch branch,
        Phase phase,
        String bank,
        Outcome outcome,
        Reason reason) {

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
