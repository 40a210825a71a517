-- Ids compare exactly, as the code compares them: 'T-1' and 't-1' are two transfers, and 'Alice' and 'alice' two
-- accounts, on MySQL and MariaDB alike (their default collations ignore case). Every text column of transfer is
-- ASCII (ids by the id rule, enum names, a hex fingerprint). H2 (the sandbox) compares exactly already and takes
-- this as a no-op.
ALTER TABLE transfer CONVERT TO CHARACTER SET ascii COLLATE ascii_bin;
