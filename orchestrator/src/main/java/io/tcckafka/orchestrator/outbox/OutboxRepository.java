package io.tcckafka.orchestrator.outbox;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

    /** The oldest unsent rows that no other relay holds. */
    @Query(value = "SELECT * FROM outbox_message ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED", nativeQuery = true)
    List<OutboxMessage> lockOldest(int limit);
}
