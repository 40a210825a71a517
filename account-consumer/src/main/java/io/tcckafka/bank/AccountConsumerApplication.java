package io.tcckafka.bank;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;

import io.tcckafka.events.EventJson;
import io.tcckafka.security.WebSecurityConfiguration;

/**
 * One bank {@code tcc.bank.id}: its accounts ({@link io.tcckafka.bank.account.AccountLedger}, the participant kit's
 * Ledger) and their HTTP API. The kit applies the Try/Confirm/Cancel commands addressed to the bank.
 */
@SpringBootApplication
@Import(WebSecurityConfiguration.class)
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
