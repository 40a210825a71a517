package io.tcckafka.bank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.scheduling.annotation.EnableScheduling;

import io.tcckafka.events.EventJson;
import io.tcckafka.kafka.KafkaSupportConfiguration;
import io.tcckafka.security.WebSecurityConfiguration;

/** One bank's participant: applies the Try/Confirm/Cancel commands addressed to bank {@code tcc.bank.id}. */
@SpringBootApplication
@EnableScheduling
@Import({ KafkaSupportConfiguration.class, WebSecurityConfiguration.class })
@PropertySource("classpath:account-consumer-defaults.properties")
public class AccountConsumerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AccountConsumerApplication.class, args);
    }

    /** The HTTP API reads bodies as strictly as the topics are read. */
    @Bean
    JsonMapperBuilderCustomizer contractJsonRules() {
        return EventJson::contractRules;
    }
}
