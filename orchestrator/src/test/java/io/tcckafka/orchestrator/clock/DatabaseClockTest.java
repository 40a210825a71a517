package io.tcckafka.orchestrator.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** On H2, whose clock is this machine's: the database's time, read once a second, never backwards. */
class DatabaseClockTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(
            "jdbc:h2:mem:clock;MODE=MySQL;TIME ZONE=UTC", "sa", "", true)) {
        @Override
        public <T> T query(String sql, ResultSetExtractor<T> extractor) {
            reads.incrementAndGet();
            return super.query(sql, extractor);
        }
    };
    private final DatabaseClock clock = new DatabaseClock(jdbc);

    @Test
    void asksTheDatabaseOnceASecondAndNeverGoesBack() {
        long start = System.nanoTime();
        Instant first = clock.now();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            times.add(clock.now());
        }
        long seconds = (System.nanoTime() - start) / DatabaseClock.READ_EVERY.toNanos();

        assertThat(reads.get()).isBetween(1, 1 + (int) seconds);
        assertThat(times).isSorted().allSatisfy(time -> assertThat(time).isAfterOrEqualTo(first));
    }

    @Test
    void keepsToTheDatabasesTimeInMilliseconds() {
        Instant before = Instant.now().minusMillis(50);
        Instant now = clock.now();

        assertThat(now).isBetween(before, Instant.now().plusMillis(50));
        assertThat(now.getNano() % 1_000_000).isZero();
        assertThat(clock.now()).isAfterOrEqualTo(now);
    }
}
