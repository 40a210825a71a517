package io.tcckafka.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/participants.md shows the example whole, as it is, and it stays about a hundred lines long. */
class ShownAsItIsTest {

    private static final Path SOURCE = Path.of("src/main/java/io/tcckafka/example/WalletBank.java");
    private static final Path PAGE = Path.of("../docs/participants.md");

    @Test
    void theParticipantsPageShowsTheExampleAsItIs() throws IOException {
        String source = Files.readString(SOURCE).strip();
        assertThat(Files.readString(PAGE)).contains("```java\n" + source + "\n```");
        assertThat(source.lines().count()).isLessThan(110);
    }
}
