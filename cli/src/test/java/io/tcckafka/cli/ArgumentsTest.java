package io.tcckafka.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;

class ArgumentsTest {

    @ParameterizedTest
    @CsvSource({ "bank-a/2, bank-a, 2", "bank-c/fees, bank-c, fees", "b/a.b:c_d, b, a.b:c_d" })
    void accounts(String text, String bank, String account) {
        assertThat(AccountArgument.parse(text)).isEqualTo(new AccountRef(bank, account));
    }

    @ParameterizedTest
    @CsvSource(value = { "bank-a", "/2", "bank-a/", "bank-a/2/3", "''" })
    void notAccounts(String text) {
        assertThatThrownBy(() -> AccountArgument.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("write bank/account");
    }

    @ParameterizedTest
    @CsvSource({ "30.00, 30.00", "0.5, 0.5", "' 7 ', 7" })
    void amounts(String text, BigDecimal amount) {
        assertThat(AmountArgument.parse(text)).isEqualTo(amount);
    }

    @ParameterizedTest
    @CsvSource({ "abc, not an amount", "1e, not an amount", "0, more than zero", "-3.00, more than zero" })
    void notAmounts(String text, String message) {
        assertThatThrownBy(() -> AmountArgument.parse(text)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "bank-a/2,bank-c/fees,0.50|bank-a|2|bank-c|fees|0.50",
            "bank-a/2, bank-b/1, 29.50|bank-a|2|bank-b|1|29.50" })
    void postings(String text, String fromBank, String from, String toBank, String to, BigDecimal amount) {
        assertThat(PostingArgument.parse(text))
                .isEqualTo(new Posting(new AccountRef(fromBank, from), new AccountRef(toBank, to), amount));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "bank-a/2,bank-b/1|FROM,TO,AMOUNT", "bank-a/2,bank-b/1,1,2|FROM,TO,AMOUNT",
            "bank-a,bank-b/1,1.00|bank/account", "bank-a/2,bank-b/1,x|not an amount" })
    void notPostings(String text, String message) {
        assertThatThrownBy(() -> PostingArgument.parse(text)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({ "500ms, PT0.5S", "30s, PT30S", "2m, PT2M", "1h, PT1H", "PT45S, PT45S", "0s, PT0S" })
    void durations(String text, Duration duration) {
        assertThat(Durations.parse(text)).isEqualTo(duration);
    }

    @ParameterizedTest
    @CsvSource({ "30, not a duration", "thirty seconds, not a duration", "-5s, not a duration",
            "PT-5S, may not be negative" })
    void notDurations(String text, String message) {
        assertThatThrownBy(() -> Durations.parse(text)).hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({ "2026-12-01T09:00:00Z, 2026-12-01T09:00:00Z", "2026-12-01, 2026-12-01T00:00:00Z",
            "2026-12-01T09:00:00.250Z, 2026-12-01T09:00:00.250Z" })
    void instants(String text, Instant instant) {
        assertThat(InstantArgument.parse(text)).isEqualTo(instant);
    }

    @ParameterizedTest
    @CsvSource({ "yesterday", "2026-13-01", "2026-12-01 09:00" })
    void notInstants(String text) {
        assertThatThrownBy(() -> InstantArgument.parse(text)).hasMessageContaining("not a time");
    }
}
