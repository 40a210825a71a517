-- A transfer may take from, or add to, several accounts of one bank: a branch is one account's debit or credit, so
-- the account is part of the key (docs/participants.md).
ALTER TABLE branch_barrier DROP PRIMARY KEY;
ALTER TABLE branch_barrier ADD PRIMARY KEY (transfer_id, branch, account, phase);
