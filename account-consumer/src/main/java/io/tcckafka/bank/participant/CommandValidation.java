package io.tcckafka.bank.participant;

import java.math.BigDecimal;

import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Identifiers;
import io.tcckafka.kafka.InvalidMessageException;

/** A command this bank can never apply as it is goes to the dead-letter topic instead. */
final class CommandValidation {

    private static final int MAX_INTEGER_DIGITS = 17; // DECIMAL(19, 2)

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
        requireAmount(command, command.amount());
    }

    private static void requireId(BranchCommand command, String name, String value) {
        if (!Identifiers.isValid(value)) {
            throw invalid(command, name + " must be " + Identifiers.RULE);
        }
    }

    private static void requireAmount(BranchCommand command, BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw invalid(command, "amount must be positive");
        }
        BigDecimal exact = amount.stripTrailingZeros();
        if (exact.scale() > 2 || exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            throw invalid(command, "amount must fit DECIMAL(19, 2)");
        }
    }

    private static InvalidMessageException invalid(BranchCommand command, String problem) {
        return new InvalidMessageException("invalid branch command, " + problem + ": " + command);
    }
}
