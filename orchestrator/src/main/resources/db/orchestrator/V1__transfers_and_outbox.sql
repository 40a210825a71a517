-- One row per transfer; its two branches are the debit_* and credit_* columns.
-- A REJECTED request keeps only its identity: amount and branch columns stay NULL.
CREATE TABLE transfer (
    id                  VARCHAR(64)    NOT NULL,
    fingerprint         VARCHAR(64)    NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    reason              VARCHAR(32)    NULL,
    amount              DECIMAL(19, 2) NULL,
    debit_bank          VARCHAR(64)    NULL,
    debit_account       VARCHAR(64)    NULL,
    debit_try_state     VARCHAR(16)    NULL,
    debit_try_reason    VARCHAR(32)    NULL,
    debit_tried_at      DATETIME(3)    NULL,
    debit_settlement    VARCHAR(16)    NULL,
    debit_settled_at    DATETIME(3)    NULL,
    credit_bank         VARCHAR(64)    NULL,
    credit_account      VARCHAR(64)    NULL,
    credit_try_state    VARCHAR(16)    NULL,
    credit_try_reason   VARCHAR(32)    NULL,
    credit_tried_at     DATETIME(3)    NULL,
    credit_settlement   VARCHAR(16)    NULL,
    credit_settled_at   DATETIME(3)    NULL,
    attempts            INT            NOT NULL DEFAULT 0,
    try_deadline        DATETIME(3)    NULL,
    due_at              DATETIME(3)    NULL,
    created_at          DATETIME(3)    NOT NULL,
    status_changed_at   DATETIME(3)    NOT NULL,
    PRIMARY KEY (id)
);

-- The timer's work list: Try deadlines, then Confirm/Cancel re-sends. NULL once the transfer is finished.
CREATE INDEX transfer_due_at ON transfer (due_at);

-- Written in the same transaction as the transfer; deleted once the broker has acknowledged the record.
CREATE TABLE outbox_message (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    topic       VARCHAR(255)  NOT NULL,
    message_key VARCHAR(255)  NOT NULL,
    payload     VARCHAR(2048) NOT NULL,
    PRIMARY KEY (id)
);
