package io.tcckafka.orchestrator.retention;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.orchestrator.transfer.Transfer;
import io.tcckafka.orchestrator.transfer.TransferBranch;
import io.tcckafka.orchestrator.transfer.TransferStore;

/**
 * Removes finished transfers from {@code transfer}, or moves them to the archive tables ({@code transfer_archive},
 * and their postings and branches row by row to {@code transfer_posting_archive} and {@code transfer_branch_archive},
 * where SQL can query them), one transaction per batch. Each batch locks its transfer rows with
 * {@code SKIP LOCKED}: a row another instance is purging, or a step of the transfer holds, is left for a later run,
 * so instances never wait for each other, never deadlock, and never archive a transfer twice.
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
    private static final String ARCHIVE_POSTING = """
            INSERT INTO transfer_posting_archive (transfer_id, transfer_created_at, position, from_bank, from_account,
                                                  to_bank, to_account, amount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String ARCHIVE_BRANCH = """
            INSERT INTO transfer_branch_archive (transfer_id, transfer_created_at, position, branch, bank, account,
                                                 amount, try_state, try_reason, tried_at, settlement, settled_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate jdbc;
    private final TransferStore store;

    public TransferPurge(JdbcTemplate jdbc, TransferStore store) {
        this.jdbc = jdbc;
        this.store = store;
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
            archiveRows(store.findAll(ids));
        }
        return jdbc.update("DELETE FROM transfer WHERE id IN (" + placeholders + ")", arguments);
    }

    /** Their postings and branches, a row each, in one JDBC batch per table. */
    private void archiveRows(List<Transfer> transfers) {
        List<Object[]> postings = new ArrayList<>();
        List<Object[]> branches = new ArrayList<>();
        for (Transfer transfer : transfers) {
            Object createdAt = utc(transfer.createdAt());
            for (int i = 0; i < transfer.postings().size(); i++) {
                Posting posting = transfer.postings().get(i);
                postings.add(new Object[] {transfer.id(), createdAt, i, posting.from().bank(), posting.from().account(),
                        posting.to().bank(), posting.to().account(), posting.amount()});
            }
            for (int i = 0; i < transfer.branches().size(); i++) {
                TransferBranch branch = transfer.branches().get(i);
                branches.add(new Object[] {transfer.id(), createdAt, i, branch.branch().name(), branch.account().bank(),
                        branch.account().account(), branch.amount(), branch.tryState().name(),
                        branch.tryReason() == null ? null : branch.tryReason().name(), utc(branch.triedAt()),
                        branch.settlement().name(), utc(branch.settledAt())});
            }
        }
        jdbc.batchUpdate(ARCHIVE_POSTING, postings);
        jdbc.batchUpdate(ARCHIVE_BRANCH, branches);
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }
}
