package io.tcckafka.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The safety bound of a purge that removes what makes a repeated record harmless: rows may go only once no copy of
 * the records that need them can still be read from their topic. The bank's barrier purge is bound by its command
 * topic, the orchestrator's transfer retention by the request topic.
 *
 * @param property    the setting that says how old rows must be before they go
 * @param keptFor     its value
 * @param consequence what a copy read after the purge would do, for the message
 * @param remedy      what the operator can change, for the message
 */
public record RetentionBound(String property, Duration keptFor, String consequence, String remedy) {

    /**
     * Why purging is unsafe, or empty when it is safe.
     *
     * @param recordLifetime how long a record can live on the topic; empty when unbounded
     * @param source         where that lifetime comes from, for the message
     */
    public Optional<String> violation(Optional<Duration> recordLifetime, String source) {
        if (recordLifetime.isPresent() && keptFor.compareTo(recordLifetime.get()) > 0) {
            return Optional.empty();
        }
        String lifetime = recordLifetime.map(Duration::toString).orElse("unbounded");
        return Optional.of(property + " (" + keptFor + ") must be longer than a record can live on " + source
                + " (retention + segment span: " + lifetime + "), or " + consequence + ". " + remedy);
    }

    /** {@link #violation(Optional, String)} against a topic's actual configuration. */
    public Optional<String> violation(Map<String, String> topicConfig, String topic) {
        return violation(CommandTopicRetention.recordLifetime(topicConfig), "topic " + topic + " as the broker reports it");
    }
}
