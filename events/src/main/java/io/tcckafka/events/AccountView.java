package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An account as a bank's account API shows it ({@code GET /api/accounts/{account}}): money as decimal strings with
 * two decimals. {@code frozen} is what debit Tries reserved, {@code incoming} what credit Tries booked and is not
 * spendable yet; {@code available} = balance − frozen is what a debit may take.
 */
public record AccountView(
        String account,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal frozen,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal incoming,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal available) {

    public static AccountView of(String account, BigDecimal balance, BigDecimal frozen, BigDecimal incoming) {
        return new AccountView(account, Money.exact(balance), Money.exact(frozen), Money.exact(incoming),
                Money.exact(balance.subtract(frozen)));
    }
}
