package io.tcckafka.bank.account;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.Identifiers;

/** The body of {@code POST /api/accounts}. */
record NewAccount(String account, BigDecimal balance) {

    private static final int MAX_INTEGER_DIGITS = 17; // DECIMAL(19, 2)

    void validate() {
        if (!Identifiers.isValid(account)) {
            throw badRequest("account must be " + Identifiers.RULE);
        }
        if (balance == null || balance.signum() < 0) {
            throw badRequest("balance must be a decimal amount of 0 or more, like \"100.00\"");
        }
        BigDecimal exact = balance.stripTrailingZeros();
        if (exact.scale() > 2) {
            throw badRequest("balance must have at most 2 decimals");
        }
        if (exact.precision() - exact.scale() > MAX_INTEGER_DIGITS) {
            throw badRequest("balance must be below 10^" + MAX_INTEGER_DIGITS);
        }
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
