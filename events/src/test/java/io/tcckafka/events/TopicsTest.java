package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "bank.bank-a.replies,      bank-a",
            "bank.b.replies,           b",
            "bank..replies,            -",
            "bank.bank-a.commands,     -",
            "bank.bank-a.replies.DLT,  -",
            "transfer.events,          -"})
    void theBankOfAReplyTopic(String topic, String bank) {
        assertThat(Topics.bankOfReplies(topic)).isEqualTo(Optional.ofNullable(bank));
    }

    @Test
    void recordTypesFollowTheOriginalTopic() {
        assertThat(EventHeaders.typeOf(Topics.bankReplies("bank-a"))).isEqualTo(EventHeaders.REPLY_TYPE);
        assertThat(EventHeaders.typeOf(Topics.deadLetter(Topics.bankCommands("bank-a"))))
                .isEqualTo(EventHeaders.COMMAND_TYPE);
    }
}
