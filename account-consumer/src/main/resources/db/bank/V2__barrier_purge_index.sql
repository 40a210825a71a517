-- The purge looks for old end-state rows by age (see docs/operations.md, "Purging").
CREATE INDEX branch_barrier_created_at ON branch_barrier (created_at);
