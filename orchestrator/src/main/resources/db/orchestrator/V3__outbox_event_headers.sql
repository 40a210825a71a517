-- What each record's CloudEvents headers say (docs/contract.md): its id, kept when the row is sent again, the
-- transfer it belongs to (ce_subject, and the trace id), and when it was written (database time).
-- V4, not V2: the dashboard's V3 may be applied first, and Flyway refuses a lower version that comes later.
ALTER TABLE outbox_message ADD COLUMN event_id VARCHAR(36) NULL;
ALTER TABLE outbox_message ADD COLUMN transfer_id VARCHAR(64) NULL;
ALTER TABLE outbox_message ADD COLUMN created_at DATETIME(3) NULL;
-- rows written before this migration and not sent yet
UPDATE outbox_message SET event_id = UUID(), created_at = CURRENT_TIMESTAMP(3) WHERE event_id IS NULL;
ALTER TABLE outbox_message MODIFY event_id VARCHAR(36) NOT NULL;
ALTER TABLE outbox_message MODIFY created_at DATETIME(3) NOT NULL;
