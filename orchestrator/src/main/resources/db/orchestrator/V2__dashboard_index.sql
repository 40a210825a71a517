-- The dashboard's queries: counts by status, and the terminal transfers of the last minutes with their latency
-- (status_changed_at - created_at). Covering, so neither reads the table rows.
CREATE INDEX transfer_status_changed ON transfer (status, status_changed_at, created_at);
