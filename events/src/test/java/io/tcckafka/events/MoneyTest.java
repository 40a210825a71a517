package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one money rule: what an amount and an opening balance may be. */
class MoneyTest {

    @ParameterizedTest(name = "{0}: amount {1}, balance {2}")
    @CsvSource({
            "30.00,                  true,  true",
            "0.01,                   true,  true",
            "1.000,                  false, false",
            "30.0,                   true,  true",
            "1E+2,                   true,  true",
            "99999999999999999.99,   true,  true",
            "0,                      false, true",
            "0.00,                   false, true",
            "-0.01,                  false, false",
            "0.001,                  false, false",
            "100000000000000000,     false, false",
            "1E+400,                 false, false",
            "1E-400,                 false, false"})
    void amountsAndBalances(String value, boolean amount, boolean balance) {
        assertThat(Money.isValidAmount(new BigDecimal(value))).isEqualTo(amount);
        assertThat(Money.isValidBalance(new BigDecimal(value))).isEqualTo(balance);
    }

    @ParameterizedTest
    @CsvSource({"1, 1.00", "1E+2, 100.00", "5.5, 5.50"})
    void exactHasTwoDecimals(String value, String exact) {
        assertThat(Money.exact(new BigDecimal(value))).hasToString(exact);
    }
}
