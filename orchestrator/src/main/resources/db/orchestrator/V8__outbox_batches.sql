-- One outbox row per step of the orchestrator (a batch of requests, replies or timers), holding all the messages
-- that step sends as a JSON array, instead of one row per message. V9 moves what outbox_message still holds here.
CREATE TABLE outbox_batch (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    messages      MEDIUMTEXT  NOT NULL,
    message_count INT         NOT NULL,
    created_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (id)
);
