package io.tcckafka.participant;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

import io.tcckafka.events.Identifiers;

/**
 * The participant's settings (defaults in {@code participant-defaults.properties}).
 *
 * @param id               the bank this service is: it names the command and reply topics, the consumer group and
 *                         the Kafka principal; no default, every deployment must say it
 * @param purgeEnabled     whether finished branches' barrier rows are purged
 * @param barrierRetention how old a finished branch's rows must be before the purge; longer than a command can live on
 *                         the command topic (checked against the real topic)
 * @param purgeBatch       how many branches one purge transaction takes
 */
@ConfigurationProperties("tcc.bank")
public record ParticipantProperties(String id, boolean purgeEnabled, Duration barrierRetention, int purgeBatch) {

    public ParticipantProperties {
        if (!Identifiers.isValid(id)) {
            throw new IllegalArgumentException("tcc.bank.id must name the bank this service is (e.g. "
                    + "--tcc.bank.id=bank-a), " + Identifiers.RULE + "; it was " + id);
        }
    }
}
