package io.tcckafka.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import io.tcckafka.events.AccountRef;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.LatencyTimeline;
import io.tcckafka.launcher.load.LoadResult;
import io.tcckafka.launcher.load.ProgressLine;
import io.tcckafka.testing.TestDatabase;

/**
 * The transfer without a distributed transaction: one MariaDB transaction doing the two conditional updates on an
 * {@code account} table of the banks' shape, from a number of JDBC clients as fast as they can (dtm's
 * "no distributed transaction" row). A deadlock is rolled back and counted, not retried.
 */
final class LocalTransferBaseline {

    private static final BigDecimal AMOUNT = new BigDecimal("1.00");

    private final int clients;
    private final AccountPicker accounts;
    private final ProgressLine progress;

    LocalTransferBaseline(int clients, AccountPicker accounts, ProgressLine progress) {
        this.clients = clients;
        this.accounts = accounts;
        this.progress = progress;
    }

    LoadResult run(List<AccountRef> all, Duration warmup, Duration measured) throws Exception {
        try (TestDatabase database = TestDatabase.create("bench_local")) {
            createAccounts(database.jdbcUrl(), all);
            long start = System.nanoTime();
            long measureFrom = start + warmup.toNanos();
            long measureUntil = measureFrom + measured.toNanos();
            LatencyTimeline timeline = new LatencyTimeline(start, measureFrom, measureUntil);
            AtomicLong committed = new AtomicLong();
            AtomicLong deadlocks = new AtomicLong();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Random random = new Random(i);
                threads.add(new Thread(() -> transferUntil(database.jdbcUrl(), measureUntil, random, timeline,
                        committed, deadlocks), "local-" + i));
            }
            threads.forEach(Thread::start);
            long total = (measureUntil - start) / 1_000_000_000L;
            while (System.nanoTime() < measureUntil) {
                progress.show("local", (System.nanoTime() - start) / 1_000_000_000L, total,
                        "committed " + committed.get() + "  deadlocks " + deadlocks.get());
                Thread.sleep(500);
            }
            for (Thread thread : threads) {
                thread.join();
            }
            progress.finish();
            return new LoadResult("local transfer", clients + " JDBC clients", (int) warmup.toSeconds(),
                    (int) measured.toSeconds(), committed.get() + deadlocks.get(), timeline.committedPerSecond(),
                    timeline.finishedPerSecond(), timeline.measuredLatency(),
                    Map.of("COMMITTED", committed.get(), "DEADLOCK", deadlocks.get()), 0, timeline.seconds());
        }
    }

    private void transferUntil(String url, long until, Random random, LatencyTimeline timeline, AtomicLong committed,
            AtomicLong deadlocks) {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
                PreparedStatement debit = connection.prepareStatement(
                        "UPDATE account SET balance = balance - ? WHERE id = ? AND balance - frozen >= ?");
                PreparedStatement credit = connection.prepareStatement(
                        "UPDATE account SET balance = balance + ? WHERE id = ?")) {
            connection.setAutoCommit(false);
            while (System.nanoTime() < until) {
                AccountRef[] pair = accounts.distinct(random, 2);
                long began = System.nanoTime();
                boolean done = transfer(connection, debit, credit, pair);
                long ended = System.nanoTime();
                synchronized (timeline) {
                    timeline.record(began, ended, done);
                }
                (done ? committed : deadlocks).incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean transfer(Connection connection, PreparedStatement debit, PreparedStatement credit,
            AccountRef[] pair) throws SQLException {
        try {
            debit.setBigDecimal(1, AMOUNT);
            debit.setString(2, key(pair[0]));
            debit.setBigDecimal(3, AMOUNT);
            boolean debited = debit.executeUpdate() == 1;
            if (debited) {
                credit.setBigDecimal(1, AMOUNT);
                credit.setString(2, key(pair[1]));
                credit.executeUpdate();
            }
            connection.commit();
            return debited;
        } catch (SQLException e) {
            connection.rollback();
            return false;
        }
    }

    private static String key(AccountRef account) {
        return account.bank() + "/" + account.account();
    }

    private static void createAccounts(String url, List<AccountRef> all) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(BankSchema.accountTable());
            AccountInserts.insert(connection, all.stream().map(LocalTransferBaseline::key).toList());
        }
    }
}
