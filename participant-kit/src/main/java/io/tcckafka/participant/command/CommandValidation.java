package io.tcckafka.participant.command;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Identifiers;
import io.tcckafka.events.Money;
import io.tcckafka.kafka.InvalidMessageException;

/** A command this bank can never apply as it is goes to the dead-letter topic instead. */
final class CommandValidation {

    private CommandValidation() {
    }

    static void requireValid(BranchCommand command, String bankId) {
        if (command == null) {
            throw new InvalidMessageException("a branch command record must have a value");
        }
        if (command.branch() == null || command.phase() == null) {
            throw invalid(command, "branch and phase are required");
        }
        requireId(command, "transferId", command.transferId());
        requireId(command, "account", command.account());
        if (!bankId.equals(command.bank())) {
            throw invalid(command, "addressed to bank " + command.bank() + ", this is " + bankId);
        }
        if (!Money.isValidAmount(command.amount())) {
            throw invalid(command, "amount must be " + Money.AMOUNT_RULE);
        }
    }

    private static void requireId(BranchCommand command, String name, String value) {
        if (!Identifiers.isValid(value)) {
            throw invalid(command, name + " must be " + Identifiers.RULE);
        }
    }

    private static InvalidMessageException invalid(BranchCommand command, String problem) {
        return new InvalidMessageException("invalid branch command, " + problem + ": " + command);
    }
}
