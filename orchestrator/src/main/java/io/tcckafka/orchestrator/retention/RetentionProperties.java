package io.tcckafka.orchestrator.retention;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  whether finished transfers leave the {@code transfer} table at all
 * @param window   how long a finished transfer stays after it finished (database time); must be longer than a
 *                 request can live on {@code transfer.requests}
 * @param interval pause between runs (the first one after one interval)
 * @param batch    transfers per transaction
 * @param archive  move them to the archive tables rather than delete them
 */
@ConfigurationProperties("tcc.orchestrator.retention")
public record RetentionProperties(boolean enabled, Duration window, Duration interval, int batch, boolean archive) {

    public RetentionProperties {
        if (batch < 1) {
            throw new IllegalArgumentException("tcc.orchestrator.retention.batch must be at least 1, not " + batch);
        }
    }
}
