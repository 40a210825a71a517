package io.tcckafka.orchestrator.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The orchestrator's only clock: the database's. Deadlines and retries are compared on one clock even when several
 * orchestrator instances run on hosts whose clocks disagree. The database is asked at most once a {@link #READ_EVERY}
 * and the time between two readings is the JVM's monotonic clock, so that a step's transaction does not spend a round
 * trip on the time. A reading is taken as the database's time when its answer arrived, so the clock is behind the
 * database's by that answer's way back at most (milliseconds, where the deadlines and retries it serves are seconds),
 * as a time read in the transaction was by the time it was used. Milliseconds, and never backwards: a later reading
 * that is behind the time already given holds the clock until it catches up.
 */
@Component
public class DatabaseClock {

    static final Duration READ_EVERY = Duration.ofSeconds(1);

    private final JdbcTemplate jdbc;
    private final AtomicLong given = new AtomicLong(Long.MIN_VALUE);
    private volatile Reading reading;

    public DatabaseClock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Instant now() {
        Reading last = reading;
        if (last == null || System.nanoTime() - last.nanoTime() >= READ_EVERY.toNanos()) {
            last = read();
        }
        long millis = last.epochMilli() + (System.nanoTime() - last.nanoTime()) / 1_000_000;
        return Instant.ofEpochMilli(given.accumulateAndGet(millis, Math::max));
    }

    private Reading read() {
        Instant database = jdbc.query("SELECT CURRENT_TIMESTAMP(3)", rs -> {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        });
        Reading fresh = new Reading(database.toEpochMilli(), System.nanoTime());
        reading = fresh;
        return fresh;
    }

    /** The database's time, in milliseconds, and the JVM's monotonic clock at the same moment. */
    private record Reading(long epochMilli, long nanoTime) {
    }
}
