package io.tcckafka.conformance;

import java.net.URI;
import java.util.Optional;
import java.util.Properties;

/**
 * A participant as the kit reaches it, whatever it is written in: its bank's topics on a Kafka cluster, and its
 * account API.
 *
 * @param bank             the bank it is: the kit writes to {@code bank.<bank>.commands} and reads
 *                         {@code bank.<bank>.replies}
 * @param coordinator      Kafka client settings of a principal that may write the bank's commands and read its
 *                         replies: the orchestrator's
 * @param deadLetterReader Kafka client settings of a principal that may read {@code bank.<bank>.commands.DLT} (an
 *                         operator); without them the kit does not look at the dead-letter topic
 * @param accounts         the base URL of the bank's account API ({@code POST /api/accounts},
 *                         {@code GET /api/accounts/{account}})
 * @param httpUser         who may open and read accounts there (HTTP Basic; role admin); null when the API is open
 */
public record ParticipantUnderTest(String bank, Properties coordinator, Optional<Properties> deadLetterReader,
        URI accounts, String httpUser, String httpPassword) {
}
