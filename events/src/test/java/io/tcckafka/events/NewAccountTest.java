package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewAccountTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            2,        100.00
            acc-1_x.y:z, 0
            a,        0.5
            a,        12.30
            a,        99999999999999999.99
            """)
    void accepts(String account, String balance) {
        assertThat(new NewAccount(account, new BigDecimal(balance)).problem()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(nullValues = "-", textBlock = """
            -,        1.00
            '',       1.00
            a b,      1.00
            a/b,      1.00
            a,        -
            a,        -0.01
            a,        1.001
            a,        12.300
            a,        100000000000000000
            """)
    void rejects(String account, String balance) {
        var request = new NewAccount(account, balance == null ? null : new BigDecimal(balance));
        assertThat(request.problem()).isPresent();
    }

    @org.junit.jupiter.api.Test
    void rejectsAnAccountIdLongerThan64() {
        assertThat(new NewAccount("a".repeat(65), BigDecimal.ONE).problem()).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("account must be"));
    }
}
