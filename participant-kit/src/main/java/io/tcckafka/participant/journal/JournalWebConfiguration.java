package io.tcckafka.participant.journal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.tcckafka.participant.Ledger;

/** The journal's HTTP endpoints and who may call them, in a participant that serves HTTP. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class JournalWebConfiguration {

    @Bean
    JournalController journalController(AccountJournal journal, Ledger ledger) {
        return new JournalController(journal, ledger);
    }

    @Bean
    JournalAccess journalAccess() {
        return new JournalAccess();
    }
}
