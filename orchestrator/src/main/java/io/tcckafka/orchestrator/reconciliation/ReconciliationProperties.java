package io.tcckafka.orchestrator.reconciliation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tcc.orchestrator.reconciliation.*} (docs/operations.md, "Reconciliation").
 *
 * @param scheduled     whether it runs on its own every {@code interval}; on demand it always can
 * @param interval      how often the scheduled run judges the window since the last one
 * @param margin        how long after the Try timeout a transfer may still be in flight; the scheduled window ends
 *                      this long before now − try-timeout. Also how far the journals are read beyond the window on
 *                      each side, for the clocks of the orchestrator's and the banks' databases to disagree
 * @param defaultWindow the window of an on-demand run that names none: this long, up to now − try-timeout
 * @param longestWindow the longest window a run may judge (everything in it is held in memory at once)
 * @param journalPage   how many journal entries are asked of a bank at a time (1 to 1000)
 */
@ConfigurationProperties("tcc.orchestrator.reconciliation")
public record ReconciliationProperties(
        @DefaultValue("true") boolean scheduled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("1m") Duration margin,
        @DefaultValue("24h") Duration defaultWindow,
        @DefaultValue("31d") Duration longestWindow,
        @DefaultValue("500") int journalPage) {

    public ReconciliationProperties {
        if (journalPage < 1 || journalPage > 1000) {
            throw new IllegalArgumentException("tcc.orchestrator.reconciliation.journal-page must be 1 to 1000");
        }
    }
}
