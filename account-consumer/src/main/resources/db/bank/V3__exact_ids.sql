-- Ids compare exactly, as the code compares them: 'Alice' and 'alice' are two accounts, and two transfers, on
-- MySQL and MariaDB alike (their default collations ignore case). Every text column here is ASCII by the id rule.
-- H2 (the sandbox) compares exactly already and takes this as a no-op.
ALTER TABLE account CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
ALTER TABLE branch_barrier CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
