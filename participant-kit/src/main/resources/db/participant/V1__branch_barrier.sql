-- Portable DDL: runs on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode.
--
-- The branch barrier: one row per processed (transfer_id, branch, phase), written in the same transaction as the
-- money it moved, holding the reply that was given. A Cancel that finds no Try inserts the Try row itself (FAILED,
-- CANCELLED_BEFORE_TRY), so that a late Try hits the key. IF NOT EXISTS: account-consumer's own migrations created
-- this table before the kit existed, and the kit adopts it.
CREATE TABLE IF NOT EXISTS branch_barrier (
    transfer_id VARCHAR(64)    NOT NULL,
    branch      VARCHAR(8)     NOT NULL,
    phase       VARCHAR(8)     NOT NULL,
    account     VARCHAR(64)    NOT NULL,
    amount      DECIMAL(19, 2) NOT NULL,
    outcome     VARCHAR(16)    NOT NULL,
    reason      VARCHAR(32)    NULL,
    created_at  DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (transfer_id, branch, phase),
    CONSTRAINT branch_barrier_amount_positive CHECK (amount > 0),
    -- the purge looks for old end-state rows by age (docs/operations.md, "Purging")
    INDEX branch_barrier_created_at (created_at)
);

-- Ids compare exactly, as the code compares them ('T-1' and 't-1' are two transfers), also on MySQL and MariaDB,
-- whose default collations ignore case. H2 compares exactly already and takes this as a no-op.
ALTER TABLE branch_barrier CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
