package io.tcckafka.orchestrator.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.TransferStatus;

/**
 * Removes finished transfers from {@code transfer}, {@code transfer_posting} and {@code transfer_branch}, or moves
 * them to their {@code *_archive} tables, one transaction per batch. Each batch locks its transfer rows with
 * {@code SKIP LOCKED}: a row another instance is purging, or a step of the transfer holds, is left for a later run,
 * so instances never wait for each other, never deadlock, and never archive a transfer twice. A transfer's postings
 * and branches change only under its row's lock, which the batch holds until it commits.
 */
public class TransferPurge {

    private static final String TERMINAL = "'COMMITTED', 'ABORTED', 'REJECTED'";
    // on the transfer_status_changed index (status, status_changed_at, ...): a range per terminal status
    private static final String CANDIDATES = "SELECT id, status, due_at, status_changed_at FROM transfer"
            + " WHERE status IN (" + TERMINAL + ") AND status_changed_at < ? AND due_at IS NULL"
            + " LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String ARCHIVE_TRANSFERS = """
            INSERT INTO transfer_archive (id, fingerprint, status, reason, detail, attempts, try_deadline, due_at,
                                          decided_at, created_at, status_changed_at, archived_at)
            SELECT id, fingerprint, status, reason, detail, attempts, try_deadline, due_at, decided_at, created_at,
                   status_changed_at, ?
            FROM transfer WHERE id IN (%s)""";
    private static final String ARCHIVE_POSTINGS = """
            INSERT INTO transfer_posting_archive (transfer_id, transfer_created_at, position, from_bank, from_account,
                                                  to_bank, to_account, amount)
            SELECT p.transfer_id, t.created_at, p.position, p.from_bank, p.from_account, p.to_bank, p.to_account,
                   p.amount
            FROM transfer_posting p JOIN transfer t ON t.id = p.transfer_id WHERE p.transfer_id IN (%s)""";
    private static final String ARCHIVE_BRANCHES = """
            INSERT INTO transfer_branch_archive (transfer_id, transfer_created_at, position, branch, bank, account,
                                                 amount, try_state, try_reason, tried_at, settlement, settled_at)
            SELECT b.transfer_id, t.created_at, b.position, b.branch, b.bank, b.account, b.amount, b.try_state,
                   b.try_reason, b.tried_at, b.settlement, b.settled_at
            FROM transfer_branch b JOIN transfer t ON t.id = b.transfer_id WHERE b.transfer_id IN (%s)""";

    private final JdbcTemplate jdbc;

    public TransferPurge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One batch: up to {@code limit} transfers that finished before {@code cutoff}, removed (archived first when
     * {@code archive}) with their postings and branches.
     *
     * @return how many transfers went; fewer than {@code limit} when no more are due or others hold the rest
     */
    @Transactional
    public int purgeBatch(Instant cutoff, int limit, boolean archive, Instant now) {
        List<String> ids = jdbc.query(CANDIDATES, (row, n) -> RetentionRules.isDue(
                TransferStatus.valueOf(row.getString("status")), instant(row.getObject("due_at", LocalDateTime.class)),
                instant(row.getObject("status_changed_at", LocalDateTime.class)), cutoff) ? row.getString("id") : null,
                utc(cutoff), limit).stream().filter(id -> id != null).toList();
        if (ids.isEmpty()) {
            return 0;
        }
        Object[] arguments = ids.toArray();
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        if (archive) {
            Object[] withTime = new Object[ids.size() + 1];
            withTime[0] = utc(now);
            System.arraycopy(arguments, 0, withTime, 1, ids.size());
            jdbc.update(ARCHIVE_TRANSFERS.formatted(placeholders), withTime);
            jdbc.update(ARCHIVE_POSTINGS.formatted(placeholders), arguments);
            jdbc.update(ARCHIVE_BRANCHES.formatted(placeholders), arguments);
        }
        jdbc.update("DELETE FROM transfer_branch WHERE transfer_id IN (" + placeholders + ")", arguments);
        jdbc.update("DELETE FROM transfer_posting WHERE transfer_id IN (" + placeholders + ")", arguments);
        return jdbc.update("DELETE FROM transfer WHERE id IN (" + placeholders + ")", arguments);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
