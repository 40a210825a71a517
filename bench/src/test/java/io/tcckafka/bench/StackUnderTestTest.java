package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;

class StackUnderTestTest {

    @Test
    void accountsAreSplitBetweenTheTwoBanks() {
        List<AccountRef> accounts = StackUnderTest.split(StackUnderTest.accountIds("a", 1000));

        assertThat(accounts.stream().filter(a -> a.bank().equals(StackUnderTest.BANK_A))).hasSize(500);
        assertThat(accounts.get(0)).isEqualTo(new AccountRef(StackUnderTest.BANK_A, "a000000"));
        assertThat(accounts.get(1)).isEqualTo(new AccountRef(StackUnderTest.BANK_B, "a000001"));
    }
}
