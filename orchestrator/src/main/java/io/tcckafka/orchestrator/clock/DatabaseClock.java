package io.tcckafka.orchestrator.clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orchestrator's only clock: the database's. Deadlines and retries are compared on one clock even when
 * several orchestrator instances run on hosts whose clocks disagree.
 */
@Component
public class DatabaseClock {

    private final JdbcTemplate jdbc;

    public DatabaseClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Instant now() {
        Instant now = jdbc.query("SELECT CURRENT_TIMESTAMP(3)", rs -> {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        });
        return now.truncatedTo(ChronoUnit.MILLIS);
    }
}
