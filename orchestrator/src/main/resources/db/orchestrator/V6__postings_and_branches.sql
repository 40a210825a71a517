-- Multi-posting transfers (docs/state-machine.md): a transfer's postings as requested, and its branches, one per
-- account and direction, in tables of their own. The debit_* and credit_* columns of earlier transfers move there.
CREATE TABLE transfer_posting (
    transfer_id   VARCHAR(64)    NOT NULL,
    position      SMALLINT       NOT NULL,
    from_bank     VARCHAR(64)    NOT NULL,
    from_account  VARCHAR(64)    NOT NULL,
    to_bank       VARCHAR(64)    NOT NULL,
    to_account    VARCHAR(64)    NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (transfer_id, position)
);

CREATE TABLE transfer_branch (
    transfer_id   VARCHAR(64)    NOT NULL,
    position      SMALLINT       NOT NULL,
    branch        VARCHAR(8)     NOT NULL,
    bank          VARCHAR(64)    NOT NULL,
    account       VARCHAR(64)    NOT NULL,
    amount        DECIMAL(19, 2) NOT NULL,
    try_state     VARCHAR(16)    NOT NULL,
    try_reason    VARCHAR(32)    NULL,
    tried_at      DATETIME(3)    NULL,
    settlement    VARCHAR(16)    NOT NULL,
    settled_at    DATETIME(3)    NULL,
    PRIMARY KEY (transfer_id, position)
);

-- Exact, ASCII ids, as in V5.
ALTER TABLE transfer_posting CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
ALTER TABLE transfer_branch CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;

INSERT INTO transfer_posting (transfer_id, position, from_bank, from_account, to_bank, to_account, amount)
SELECT id, 0, debit_bank, debit_account, credit_bank, credit_account, amount FROM transfer WHERE debit_bank IS NOT NULL;

INSERT INTO transfer_branch (transfer_id, position, branch, bank, account, amount, try_state, try_reason, tried_at,
                             settlement, settled_at)
SELECT id, 0, 'DEBIT', debit_bank, debit_account, amount, debit_try_state, debit_try_reason, debit_tried_at,
       debit_settlement, debit_settled_at
FROM transfer WHERE debit_bank IS NOT NULL;

INSERT INTO transfer_branch (transfer_id, position, branch, bank, account, amount, try_state, try_reason, tried_at,
                             settlement, settled_at)
SELECT id, 1, 'CREDIT', credit_bank, credit_account, amount, credit_try_state, credit_try_reason, credit_tried_at,
       credit_settlement, credit_settled_at
FROM transfer WHERE credit_bank IS NOT NULL;

ALTER TABLE transfer DROP COLUMN amount;
ALTER TABLE transfer DROP COLUMN debit_bank;
ALTER TABLE transfer DROP COLUMN debit_account;
ALTER TABLE transfer DROP COLUMN debit_try_state;
ALTER TABLE transfer DROP COLUMN debit_try_reason;
ALTER TABLE transfer DROP COLUMN debit_tried_at;
ALTER TABLE transfer DROP COLUMN debit_settlement;
ALTER TABLE transfer DROP COLUMN debit_settled_at;
ALTER TABLE transfer DROP COLUMN credit_bank;
ALTER TABLE transfer DROP COLUMN credit_account;
ALTER TABLE transfer DROP COLUMN credit_try_state;
ALTER TABLE transfer DROP COLUMN credit_try_reason;
ALTER TABLE transfer DROP COLUMN credit_tried_at;
ALTER TABLE transfer DROP COLUMN credit_settlement;
ALTER TABLE transfer DROP COLUMN credit_settled_at;

-- What is wrong with a rejected request (printable ASCII, like every text column here), and when the Confirm or
-- Cancel was decided (NULL for transfers decided before).
ALTER TABLE transfer ADD COLUMN detail VARCHAR(500) NULL;
ALTER TABLE transfer ADD COLUMN decided_at DATETIME(3) NULL;
