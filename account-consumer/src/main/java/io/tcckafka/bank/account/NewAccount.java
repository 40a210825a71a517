package io.tcckafka.bank.account;

import java.math.BigDecimal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import io.tcckafka.events.Identifiers;
import io.tcckafka.events.Money;

/** The body of {@code POST /api/accounts}. */
record NewAccount(String account, BigDecimal balance) {

    void validate() {
        if (!Identifiers.isValid(account)) {
            throw badRequest("account must be " + Identifiers.RULE);
        }
        if (!Money.isValidBalance(balance)) {
            throw badRequest("balance must be " + Money.BALANCE_RULE);
        }
    }

    private static ResponseStatusException badRequest(String detail) {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST, detail);
    }
}
