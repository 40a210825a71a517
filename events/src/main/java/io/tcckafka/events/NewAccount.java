package io.tcckafka.events;

import java.math.BigDecimal;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonFormat;

/** The body of a bank's {@code POST /api/accounts}: an account to open, with its opening balance. */
public record NewAccount(String account, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {

    /** What is wrong with it, or empty when it may be opened. */
    public Optional<String> problem() {
        if (!Identifiers.isValid(account)) {
            return Optional.of("account must be " + Identifiers.RULE);
        }
        if (!Money.isValidBalance(balance)) {
            return Optional.of("balance must be " + Money.BALANCE_RULE);
        }
        return Optional.empty();
    }
}
