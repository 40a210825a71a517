package io.tcckafka.participant.command;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchCommand;
import io.tcckafka.events.Phase;
import io.tcckafka.kafka.InvalidMessageException;

class CommandValidationTest {

    private static final String BANK = "bank-a";

    @Test
    void acceptsAWellFormedCommand() {
        assertThatCode(() -> CommandValidation.requireValid(command("t1", BANK, "acc-1", "10.50"), BANK))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "transfer={0} bank={1} account={2} amount={3}")
    @CsvSource(nullValues = "-", textBlock = """
            -,  bank-a, acc-1, 10.00
            '', bank-a, acc-1, 10.00
            t1, bank-b, acc-1, 10.00
            t1, -,      acc-1, 10.00
            t1, bank-a, -,     10.00
            t1, bank-a, acc-1, -
            t1, bank-a, acc-1, 0
            t1, bank-a, acc-1, -5.00
            t1, bank-a, acc-1, 0.001
            t1, bank-a, acc-1, 100000000000000000
            t1, bank-a, acc-1, 1E+400
            t1, bank-a, acc-1, 1E-400
            t1, bank-a, a b,   10.00
            t 1, bank-a, acc-1, 10.00
            t1, bank-a, acc/1, 10.00
            """)
    void rejectsWhatCanNeverBeApplied(String transferId, String bank, String account, String amount) {
        assertThatThrownBy(() -> CommandValidation.requireValid(command(transferId, bank, account, amount), BANK))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void rejectsARecordWithoutValue() {
        assertThatThrownBy(() -> CommandValidation.requireValid(null, BANK))
                .isInstanceOf(InvalidMessageException.class);
    }

    @Test
    void rejectsAnIdLongerThanItsColumn() {
        assertThatThrownBy(() -> CommandValidation.requireValid(command("t".repeat(65), BANK, "acc", "1"), BANK))
                .isInstanceOf(InvalidMessageException.class);
    }

    private static BranchCommand command(String transferId, String bank, String account, String amount) {
        return new BranchCommand(transferId, Branch.DEBIT, Phase.TRY, bank, account,
                amount == null ? null : new BigDecimal(amount));
    }
}
