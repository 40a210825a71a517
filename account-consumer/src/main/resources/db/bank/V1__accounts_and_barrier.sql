-- Portable DDL: runs on MySQL 8 / MariaDB 10.11 and on H2 2.x in MySQL mode (the sandbox).

-- One customer account. Spendable money is balance - frozen; incoming is credited by a Try but
-- not yet confirmed, and is never spendable. Timestamps are set by the database.
CREATE TABLE account (
    id          VARCHAR(64)    NOT NULL,
    balance     DECIMAL(19, 2) NOT NULL,
    frozen      DECIMAL(19, 2) NOT NULL DEFAULT 0,
    incoming    DECIMAL(19, 2) NOT NULL DEFAULT 0,
    created_at  DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT account_amounts_not_negative CHECK (balance >= 0 AND frozen >= 0 AND incoming >= 0),
    CONSTRAINT account_frozen_within_balance CHECK (frozen <= balance)
);

-- The branch barrier: one row per processed (transfer_id, branch, phase), written in the same
-- transaction as the money it moved, holding the reply that was given. A Cancel that finds no Try
-- inserts the Try row itself (FAILED, CANCELLED_BEFORE_TRY), so that a late Try hits the key.
CREATE TABLE branch_barrier (
    transfer_id VARCHAR(64)    NOT NULL,
    branch      VARCHAR(8)     NOT NULL,
    phase       VARCHAR(8)     NOT NULL,
    account     VARCHAR(64)    NOT NULL,
    amount      DECIMAL(19, 2) NOT NULL,
    outcome     VARCHAR(16)    NOT NULL,
    reason      VARCHAR(32)    NULL,
    created_at  DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (transfer_id, branch, phase),
    CONSTRAINT branch_barrier_amount_positive CHECK (amount > 0)
);
