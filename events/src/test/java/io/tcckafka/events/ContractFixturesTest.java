package io.tcckafka.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.json.JsonMapper;

/** Golden fixtures: each matches its JSON Schema and round-trips through its record unchanged. */
class ContractFixturesTest {

    private static final JsonMapper TREES = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("transfer-request.json", "transfer-request", TransferRequest.class),
                Arguments.of("transfer-request-postings.json", "transfer-request", TransferRequest.class),
                Arguments.of("transfer-event-rejected.json", "transfer-event", TransferEvent.class),
                Arguments.of("transfer-event-committed.json", "transfer-event", TransferEvent.class),
                Arguments.of("transfer-event-aborted.json", "transfer-event", TransferEvent.class),
                Arguments.of("branch-command-try.json", "branch-command", BranchCommand.class),
                Arguments.of("branch-command-confirm.json", "branch-command", BranchCommand.class),
                Arguments.of("branch-reply-succeeded.json", "branch-reply", BranchReply.class),
                Arguments.of("branch-reply-failed.json", "branch-reply", BranchReply.class),
                Arguments.of("account.json", "account", AccountView.class),
                Arguments.of("new-account.json", "new-account", NewAccount.class),
                Arguments.of("journal-page.json", "journal-page", JournalPage.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureMatchesItsSchema(String fixture, String schema, Class<?> type) {
        assertThat(schema(schema).validate(resource("/fixtures/" + fixture), InputFormat.JSON)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureRoundTripsThroughItsRecord(String fixture, String schema, Class<?> type) {
        String golden = resource("/fixtures/" + fixture);
        String written = EventJson.write(EventJson.read(golden, type));
        assertThat(TREES.readTree(written)).isEqualTo(TREES.readTree(golden));
    }

    @ParameterizedTest
    @MethodSource("invalidRequests")
    void schemaRefusesInvalidRequests(String json) {
        assertThat(schema("transfer-request").validate(json, InputFormat.JSON)).isNotEmpty();
    }

    static Stream<String> invalidRequests() {
        String valid = resource("/fixtures/transfer-request.json");
        String postings = resource("/fixtures/transfer-request-postings.json");
        String posting = "{\"from\":{\"bank\":\"a\",\"account\":\"1\"},\"to\":{\"bank\":\"b\",\"account\":\"1\"},"
                + "\"amount\":\"1.00\"}";
        return Stream.of(
                valid.replace("\"30.00\"", "\"30.001\""),
                valid.replace("\"30.00\"", "\"-1.00\""),
                valid.replace("\"30.00\"", "30.00"),
                valid.replace("\"t-42\"", "\"t 42\""),
                valid.replace(",\"to\":{\"bank\":\"bank-b\",\"account\":\"1\"}", ""),
                // both forms, neither, no posting, 17 postings, a posting without its amount
                postings.replace("\"postings\"", "\"amount\":\"30.00\",\"postings\""),
                "{\"transferId\":\"t-43\"}",
                "{\"transferId\":\"t-43\",\"postings\":[]}",
                "{\"transferId\":\"t-43\",\"postings\":[" + String.join(",", Collections.nCopies(17, posting)) + "]}",
                postings.replace(",\"amount\":\"0.50\"", ""));
    }

    private static Schema schema(String name) {
        return SCHEMAS.getSchema(resource("/schemas/" + name + ".schema.json"), InputFormat.JSON);
    }

    private static String resource(String path) {
        try (InputStream in = ContractFixturesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
