package io.tcckafka.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one money rule: amounts and balances are exact decimals that fit {@code DECIMAL(19, 2)}, the column every
 * service stores them in: at most 2 decimals as written (the contract's schemas say the same: {@code 1.000} is
 * refused, not rounded) and at most 17 digits before the point.
 */
public final class Money {

    /** The most an account can hold, and the largest amount: the top of {@code DECIMAL(19, 2)}. */
    public static final BigDecimal MAX = new BigDecimal("99999999999999999.99");

    public static final String AMOUNT_RULE = "a decimal string greater than 0 with at most 2 decimals and at most "
            + "17 digits before the point, like \"30.00\"";
    public static final String BALANCE_RULE = "a decimal string of 0 or more with at most 2 decimals and at most "
            + "17 digits before the point, like \"100.00\"";

    private static final int SCALE = 2;
    private static final int INTEGER_DIGITS = 17;

    private Money() {
    }

    /** What a transfer or a branch may move: more than 0 and storable. */
    public static boolean isValidAmount(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && fits(amount);
    }

    /** What an account may be opened with: 0 or more and storable. */
    public static boolean isValidBalance(BigDecimal balance) {
        return balance != null && balance.signum() >= 0 && fits(balance);
    }

    /** The amount with exactly 2 decimals, as it is stored; only for a valid amount or balance. */
    public static BigDecimal exact(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    private static boolean fits(BigDecimal amount) {
        return amount.scale() <= SCALE && amount.precision() - amount.scale() <= INTEGER_DIGITS;
    }
}
