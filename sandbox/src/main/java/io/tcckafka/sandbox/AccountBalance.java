package io.tcckafka.sandbox;

import java.math.BigDecimal;

/** An account as a bank's GET /api/accounts/{account} shows it. */
public record AccountBalance(String account, BigDecimal balance, BigDecimal frozen, BigDecimal incoming,
        BigDecimal available) {
}
