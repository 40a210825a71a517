-- The account journal (docs/operations.md, "Account journals"): append-only, one row for every change the participant
-- makes to an account's balance or holds, written in the same local transaction as the change and its barrier row,
-- and one when an account is opened. balance, frozen and incoming are the account's money after the change. Nothing
-- updates or deletes these rows; the barrier purge leaves them alone.
CREATE TABLE account_journal (
    entry       BIGINT         NOT NULL AUTO_INCREMENT,
    account     VARCHAR(64)    NOT NULL,
    kind        VARCHAR(8)     NOT NULL,
    transfer_id VARCHAR(64)    NULL,
    branch      VARCHAR(8)     NULL,
    amount      DECIMAL(19, 2) NOT NULL,
    balance     DECIMAL(19, 2) NOT NULL,
    frozen      DECIMAL(19, 2) NOT NULL,
    incoming    DECIMAL(19, 2) NOT NULL,
    created_at  DATETIME(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (entry),
    CONSTRAINT account_journal_amount_not_negative CHECK (amount >= 0),
    -- a statement: one account's entries in order; reconciliation: every entry of a time window
    INDEX account_journal_account (account, entry),
    INDEX account_journal_created_at (created_at)
);

-- Exact, ASCII ids, as in V1.
ALTER TABLE account_journal CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
