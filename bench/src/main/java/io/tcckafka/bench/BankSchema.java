package io.tcckafka.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** The banks' own {@code CREATE TABLE account}, read from their first Flyway migration, so the shapes cannot drift. */
final class BankSchema {

    private static final String MIGRATION = "db/bank/V1__accounts_and_barrier.sql";

    private BankSchema() {
    }

    static String accountTable() {
        try (InputStream in = BankSchema.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            if (in == null) {
                throw new IllegalStateException("no " + MIGRATION + " on the classpath");
            }
            String withoutComments = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)--.*$", "");
            return Arrays.stream(withoutComments.split(";")).map(String::strip)
                    .filter(statement -> statement.startsWith("CREATE TABLE account "))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no account table in " + MIGRATION));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
