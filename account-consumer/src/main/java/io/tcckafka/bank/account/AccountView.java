package io.tcckafka.bank.account;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An account as the HTTP API shows it: money as decimal strings with two decimals. */
public record AccountView(
        String account,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal frozen,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal incoming,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available) {

    static AccountView of(Account account) {
        return new AccountView(account.getId(), money(account.balance()), money(account.frozen()),
                money(account.incoming()), money(account.available()));
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}
