package io.tcckafka.launcher.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;

class AccountPickerTest {

    private static final List<AccountRef> ACCOUNTS = IntStream.range(0, 1000)
            .mapToObj(i -> new AccountRef(i % 2 == 0 ? "bank-a" : "bank-b", "a" + i)).toList();
    private static final int PICKS = 100_000;

    @Test
    void uniformPicksEveryAccountAboutEquallyOften() {
        Map<AccountRef, Integer> counts = count(AccountPicker.uniform(ACCOUNTS));

        assertThat(counts).hasSize(ACCOUNTS.size());
        assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(50, 170));
    }

    @Test
    void hotAccountsTakeTheirShareOfThePicks() {
        Map<AccountRef, Integer> counts = count(AccountPicker.hot(ACCOUNTS, 10, 0.5));

        int hot = ACCOUNTS.subList(0, 10).stream().mapToInt(a -> counts.getOrDefault(a, 0)).sum();
        assertThat(hot / (double) PICKS).isCloseTo(0.5, within(0.01));
        assertThat(counts).hasSize(ACCOUNTS.size());
    }

    @Test
    void aPairIsNeverOneAccountTwice() {
        AccountPicker picker = AccountPicker.hot(ACCOUNTS.subList(0, 3), 1, 0.9);
        Random random = new Random(1);

        for (int i = 0; i < 10_000; i++) {
            AccountRef[] pair = picker.distinct(random, 2);
            assertThat(pair[0]).isNotEqualTo(pair[1]);
        }
    }

    private static Map<AccountRef, Integer> count(AccountPicker picker) {
        Random random = new Random(7);
        Map<AccountRef, Integer> counts = new HashMap<>();
        for (int i = 0; i < PICKS; i++) {
            counts.merge(picker.pick(random), 1, Integer::sum);
        }
        return counts;
    }
}
