package io.tcckafka.participant;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The kit's own tables ({@code branch_barrier}), migrated by a Flyway of their own from {@code db/participant}, with
 * their own history table, so that they never collide with the versions of the service's migrations. They run after
 * the service's: services of earlier versions created {@code branch_barrier} in theirs, which the kit adopts.
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
