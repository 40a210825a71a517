-- Rows sent right after their commit are deleted by their event id once the broker has acknowledged them.
CREATE UNIQUE INDEX outbox_message_event_id ON outbox_message (event_id);
