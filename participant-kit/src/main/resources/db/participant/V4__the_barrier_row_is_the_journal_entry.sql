-- One row per processed branch command and per journal entry, in one table: the row of a command that moved money is
-- that change's journal entry (docs/participants.md, "The barrier and the journal"). A transfer then costs a bank one
-- row per command, not two.
--   barrier rows:    phase, outcome (and reason) set; the key is (transfer_id, branch, account, phase)
--   journal entries: kind, balance, frozen and incoming set; an opening has no transfer, so no barrier key
-- A row that is both is a phase that changed the account's money (kind = phase). A row that moved no money (a refused
-- Try, a Cancel without a Try or after a failed one) is a barrier row only. The barrier purge deletes the barrier-only
-- rows of an old finished branch and clears the barrier columns of its entries, which stay.
--
-- Stop every instance of the bank before this runs: the old table is renamed first, so an old instance still running
-- fails on its barrier insert and rolls back (its commands come again), instead of committing a row after the copy.
ALTER TABLE branch_barrier RENAME TO branch_barrier_before_v4;
ALTER TABLE account_journal ADD COLUMN phase VARCHAR(8) NULL;
ALTER TABLE account_journal ADD COLUMN outcome VARCHAR(16) NULL;
ALTER TABLE account_journal ADD COLUMN reason VARCHAR(32) NULL;
ALTER TABLE account_journal MODIFY kind VARCHAR(8) NULL;
ALTER TABLE account_journal MODIFY balance DECIMAL(19, 2) NULL;
ALTER TABLE account_journal MODIFY frozen DECIMAL(19, 2) NULL;
ALTER TABLE account_journal MODIFY incoming DECIMAL(19, 2) NULL;
-- made while every phase is NULL, so it cannot conflict, and it serves the update and the copy below
CREATE UNIQUE INDEX account_journal_barrier ON account_journal (transfer_id, branch, account, phase);

-- An entry of a phase becomes that phase's barrier row: the latest entry of its key and amount, since a transferId
-- reused after the barrier forgot its first use leaves that use's entries in the books. The derived table lets MySQL
-- read the table it updates.
UPDATE account_journal SET phase = kind, outcome = 'SUCCEEDED'
WHERE entry IN (SELECT last_entry FROM (SELECT MAX(j.entry) AS last_entry FROM account_journal j
                                        JOIN branch_barrier_before_v4 b ON b.transfer_id = j.transfer_id AND b.branch = j.branch
                                         AND b.account = j.account AND b.phase = j.kind AND b.amount = j.amount
                                         AND b.outcome = 'SUCCEEDED'
                                        GROUP BY j.transfer_id, j.branch, j.account, j.kind) AS lasts);

-- Every other barrier row (one that moved no money, or one written before the journal existed) moves over as it is.
INSERT INTO account_journal (account, transfer_id, branch, phase, amount, outcome, reason, created_at)
SELECT b.account, b.transfer_id, b.branch, b.phase, b.amount, b.outcome, b.reason, b.created_at FROM branch_barrier_before_v4 b
WHERE NOT EXISTS (SELECT 1 FROM account_journal j WHERE j.transfer_id = b.transfer_id AND j.branch = b.branch
                    AND j.account = b.account AND j.phase = b.phase);

-- every row is an entry, a barrier row or both, and a barrier row moved a positive amount, as the old table's did
ALTER TABLE account_journal ADD CONSTRAINT account_journal_entry_or_barrier CHECK (kind IS NOT NULL OR phase IS NOT NULL);
ALTER TABLE account_journal ADD CONSTRAINT account_journal_barrier_amount CHECK (phase IS NULL OR amount > 0);
-- the purge looks for old barrier rows by age (phase IN (…)), never through the entries it has already forgotten
CREATE INDEX account_journal_barrier_age ON account_journal (phase, created_at);
DROP TABLE branch_barrier_before_v4;
