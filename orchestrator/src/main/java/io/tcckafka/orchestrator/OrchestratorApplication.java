package io.tcckafka.orchestrator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.tcckafka.events.EventJson;
import io.tcckafka.kafka.KafkaSupportConfiguration;
import io.tcckafka.security.WebSecurityConfiguration;

// no JPA here (TransferStore is plain JDBC), also where the banks' JPA is on the class path (the sandbox's one JVM)
@SpringBootApplication(excludeName = { "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
        "org.springframework.boot.data.jpa.autoconfigure.DataJpaRepositoriesAutoConfiguration" })
@ConfigurationPropertiesScan
@EnableScheduling
@Import({ KafkaSupportConfiguration.class, WebSecurityConfiguration.class })
@PropertySource("classpath:orchestrator-defaults.properties")
public class OrchestratorApplication {

    public static void main(String[] args) {
        SpringApplication.run(OrchestratorApplication.class, args);
    }

    /** The HTTP API reads bodies as strictly as the topics are read. */
    @Bean
    JsonMapperBuilderCustomizer contractJsonRules() {
        return EventJson::contractRules;
    }
}
