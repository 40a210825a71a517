-- An outbox row's messages are written deflated (OutboxRows): about a sixth of the bytes, and of the redo log the row
-- costs the database. A row written before keeps its JSON in messages until the relay has sent it.
ALTER TABLE outbox_batch ADD COLUMN deflated MEDIUMBLOB NULL;
ALTER TABLE outbox_batch MODIFY messages MEDIUMTEXT NULL;
