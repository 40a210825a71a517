package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.kafka.InvalidMessageException;

/** A branch reply the orchestrator can never use goes to the dead-letter topic, with the reason. */
public final class ReplyValidator {

    private ReplyValidator() {
    }

    public static void requireComplete(BranchReply reply) {
        if (reply.transferId() == null || reply.branch() == null || reply.phase() == null || reply.outcome() == null) {
            throw invalid(reply, "transferId, branch, phase and outcome are required");
        }
        if ((reply.outcome() == Outcome.FAILED) != (reply.reason() != null)) {
            throw invalid(reply, "a FAILED reply gives a reason and a SUCCEEDED one does not");
        }
    }

    /** Only the bank that holds the branch's account can answer for it. */
    static void requireFromBranchBank(BranchReply reply, BranchState branch) {
        if (branch != null && !branch.bank().equals(reply.bank())) {
            throw invalid(reply, "the " + reply.branch() + " branch is held by " + branch.bank());
        }
    }

    private static InvalidMessageException invalid(BranchReply reply, String problem) {
        return new InvalidMessageException("invalid branch reply, " + problem + ": " + reply);
    }
}
