package io.tcckafka.participant;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.micrometer.core.instrument.MeterRegistry;
import io.tcckafka.kafka.KafkaSupportConfiguration;
import io.tcckafka.kafka.TopicConfigs;
import io.tcckafka.kafka.tracing.StepSpans;
import io.tcckafka.participant.barrier.BarrierPurge;
import io.tcckafka.participant.barrier.BranchBarrier;
import io.tcckafka.participant.command.BranchCommands;
import io.tcckafka.participant.command.CommandListener;
import io.tcckafka.participant.command.CommandSpans;
import io.tcckafka.participant.command.ParticipantMetrics;
import io.tcckafka.participant.housekeeping.BarrierPurgeJob;
import io.tcckafka.participant.journal.AccountJournal;
import io.tcckafka.participant.journal.JournalWebConfiguration;

/**
 * Makes a Spring Boot service with a {@link Ledger} bean the participant of bank {@code tcc.bank.id}: the barrier
 * table, the command listener and its dead-lettering, the replies, the account journal and its HTTP endpoints, the
 * metrics and the purge.
 */
@AutoConfiguration
@ConditionalOnBean(Ledger.class)
@EnableConfigurationProperties(ParticipantProperties.class)
@EnableScheduling
@Import({ KafkaSupportConfiguration.class, ParticipantAutoConfiguration.Defaults.class,
        JournalWebConfiguration.class })
public class ParticipantAutoConfiguration {

    /**
     * The kit's defaults, read only by a service that names its bank: a condition on a bean (the Ledger) is decided
     * after property sources are read, so an application that is no participant but has the kit on its class path
     * (the sandbox runs the orchestrator and the banks in one JVM) must not get them.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("tcc.bank.id")
    @PropertySource("classpath:participant-defaults.properties")
    static class Defaults {
    }

    /** After the service's own migrations, when it has any: earlier services created the barrier in theirs. */
    @Bean
    ParticipantSchema participantSchema(DataSource dataSource,
            ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        serviceMigrations.ifAvailable(migrated -> {
        });
        return ParticipantSchema.migrate(dataSource);
    }

    @Bean
    BranchBarrier branchBarrier(JdbcTemplate jdbc, ParticipantSchema schema) {
        return new BranchBarrier(jdbc);
    }

    @Bean
    AccountJournal accountJournal(JdbcTemplate jdbc, ParticipantSchema schema) {
        return new AccountJournal(jdbc);
    }

    @Bean
    BranchCommands branchCommands(ParticipantProperties bank, BranchBarrier barrier, Ledger ledger,
            AccountJournal journal, ApplicationEventPublisher events) {
        return new BranchCommands(bank.id(), barrier, ledger, journal, events);
    }

    @Bean
    CommandListener commandListener(BranchCommands commands, KafkaTemplate<String, Object> kafka,
            ParticipantProperties bank, @Value(KafkaSupportConfiguration.EVENT_SOURCE) String eventSource,
            CommandSpans spans) {
        return new CommandListener(commands, kafka, bank.id(), eventSource, spans);
    }

    @Bean
    CommandSpans commandSpans(ObjectProvider<StepSpans> spans) {
        return new CommandSpans(spans.getIfAvailable(() -> StepSpans.OFF));
    }

    @Bean
    ParticipantMetrics participantMetrics(MeterRegistry registry) {
        return new ParticipantMetrics(registry);
    }

    @Bean
    BarrierPurge barrierPurge(BranchBarrier barrier) {
        return new BarrierPurge(barrier);
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "tcc.bank.purge-enabled", matchIfMissing = true)
    BarrierPurgeJob barrierPurgeJob(BarrierPurge purge, KafkaAdmin kafkaAdmin, ParticipantProperties bank,
            MeterRegistry registry) {
        return new BarrierPurgeJob(purge, new TopicConfigs(kafkaAdmin), bank.id(), bank.barrierRetention(),
                bank.purgeBatch(), registry);
    }
}
