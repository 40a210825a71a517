package io.tcckafka.participant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The kit's own table ({@code account_journal}: the barrier rows and the journal entries), migrated by a Flyway of its
 * own from {@code db/participant}, with its own history table, so that it never collides with the versions of the
 * service's migrations. They run after the service's: services of earlier versions created the barrier table in
 * theirs, which the kit adopts and, since V4, merges into the journal.
 */
public final class ParticipantSchema {

    public static final String HISTORY_TABLE = "tcc_participant_schema_history";

    private ParticipantSchema() {
    }

    /** Brings the kit's tables up to date; the schema returned is ready. */
    static ParticipantSchema migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/participant")
                .table(HISTORY_TABLE)
                // a schema that has the service's tables already: start the kit's history from nothing
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return new ParticipantSchema();
    }
}
