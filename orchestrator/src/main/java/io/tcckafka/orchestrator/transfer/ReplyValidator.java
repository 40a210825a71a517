package io.tcckafka.orchestrator.transfer;

import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Topics;
import io.tcckafka.kafka.InvalidMessageException;
import io.tcckafka.kafka.MismatchedMessageException;

/**
 * A branch reply the orchestrator can never use goes to the dead-letter topic, with the reason: one that lacks a
 * field, and one that does not answer for the branch it names (another bank's topic, another account or amount).
 */
public final class ReplyValidator {

    private ReplyValidator() {
    }

    public static void requireComplete(BranchReply reply) {
        if (reply.transferId() == null || reply.branch() == null || reply.phase() == null || reply.bank() == null
                || reply.account() == null || reply.amount() == null || reply.outcome() == null) {
            throw invalid(reply, "transferId, branch, phase, bank, account, amount and outcome are required");
        }
        if ((reply.outcome() == Outcome.FAILED) != (reply.reason() != null)) {
            throw invalid(reply, "a FAILED reply gives a reason and a SUCCEEDED one does not");
        }
    }

    /** A bank writes only its own reply topic (the broker's ACLs see to it), so the topic says who answered. */
    public static void requireFromTopicBank(BranchReply reply, String topic) {
        String bank = Topics.bankOfReplies(topic).orElseThrow(() -> invalid(reply, topic + " is no reply topic"));
        if (!bank.equals(reply.bank())) {
            throw mismatched(reply, "it came on " + topic + " but names bank " + reply.bank());
        }
    }

    /**
     * Only a reply about a branch as the orchestrator sent it is used: one of the transfer's branches (direction, bank
     * and account), with its amount.
     */
    static void requireAnswersFor(BranchReply reply, Transfer transfer) {
        TransferBranch branch = transfer.branch(reply).orElseThrow(() -> mismatched(reply,
                "the transfer has no " + reply.branch() + " branch for " + reply.bank() + "/" + reply.account()));
        if (branch.amount().compareTo(reply.amount()) != 0) {
            throw mismatched(reply, "the branch's amount is " + branch.amount().toPlainString());
        }
    }

    private static InvalidMessageException invalid(BranchReply reply, String problem) {
        return new InvalidMessageException("invalid branch reply, " + problem + ": " + reply);
    }

    private static MismatchedMessageException mismatched(BranchReply reply, String problem) {
        return new MismatchedMessageException("branch reply does not answer for its branch, " + problem + ": " + reply);
    }
}
