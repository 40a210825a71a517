-- Retention (docs/operations.md, "Retention of finished transfers"): finished transfers leave transfer,
-- transfer_posting and transfer_branch after tcc.orchestrator.retention.window; with
-- tcc.orchestrator.retention.archive=true they move here, in the same transaction, rather than go.
-- A transferId may be archived more than once: a request repeated after the window starts a new transfer under the
-- same id, which may finish and be archived in its turn. Its created_at tells the two apart.
-- The purge finds its rows on transfer_status_changed (V2: status, status_changed_at), a range per terminal status,
-- so the hot tables need no new index.
CREATE TABLE transfer_archive (
    id                  VARCHAR(64)    NOT NULL,
    fingerprint         VARCHAR(64)    NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    reason              VARCHAR(32)    NULL,
    detail              VARCHAR(500)   NULL,
    attempts            INT            NOT NULL,
    try_deadline        DATETIME(3)    NULL,
    due_at              DATETIME(3)    NULL,
    decided_at          DATETIME(3)    NULL,
    created_at          DATETIME(3)    NOT NULL,
    status_changed_at   DATETIME(3)    NOT NULL,
    archived_at         DATETIME(3)    NOT NULL,
    PRIMARY KEY (id, created_at)
);

-- what an audit or a reconciliation reads: the transfers that finished in a time window
CREATE INDEX transfer_archive_status_changed ON transfer_archive (status_changed_at);

CREATE TABLE transfer_posting_archive (
    transfer_id          VARCHAR(64)    NOT NULL,
    transfer_created_at  DATETIME(3)    NOT NULL,
    position             SMALLINT       NOT NULL,
    from_bank            VARCHAR(64)    NOT NULL,
    from_account         VARCHAR(64)    NOT NULL,
    to_bank              VARCHAR(64)    NOT NULL,
    to_account           VARCHAR(64)    NOT NULL,
    amount               DECIMAL(19, 2) NOT NULL,
    PRIMARY KEY (transfer_id, transfer_created_at, position)
);

CREATE TABLE transfer_branch_archive (
    transfer_id          VARCHAR(64)    NOT NULL,
    transfer_created_at  DATETIME(3)    NOT NULL,
    position             SMALLINT       NOT NULL,
    branch               VARCHAR(8)     NOT NULL,
    bank                 VARCHAR(64)    NOT NULL,
    account              VARCHAR(64)    NOT NULL,
    amount               DECIMAL(19, 2) NOT NULL,
    try_state            VARCHAR(16)    NOT NULL,
    try_reason           VARCHAR(32)    NULL,
    tried_at             DATETIME(3)    NULL,
    settlement           VARCHAR(16)    NOT NULL,
    settled_at           DATETIME(3)    NULL,
    PRIMARY KEY (transfer_id, transfer_created_at, position)
);

-- Exact, ASCII ids, as in V5 and V6.
ALTER TABLE transfer_archive CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
ALTER TABLE transfer_posting_archive CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
ALTER TABLE transfer_branch_archive CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
