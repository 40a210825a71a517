package io.tcckafka.provisioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ACL matrix of docs/security.md, as the rules would let the broker decide it. */
class AccessRulesTest {

    private static final Deployment DEPLOYMENT = Deployment.of(List.of("bank-a", "bank-b"));

    @ParameterizedTest(name = "{0} {1} {2} {3}: {4}")
    @CsvSource(textBlock = """
            orchestrator, READ,             TOPIC, transfer.requests,         true
            orchestrator, WRITE,            TOPIC, transfer.requests,         false
            orchestrator, DESCRIBE_CONFIGS, TOPIC, transfer.requests,         true
            orchestrator, DESCRIBE_CONFIGS, TOPIC, bank.bank-a.commands,      false
            orchestrator, WRITE,            TOPIC, transfer.events,           true
            orchestrator, WRITE,            TOPIC, bank.bank-a.commands,      true
            orchestrator, READ,             TOPIC, bank.bank-b.replies,       true
            orchestrator, WRITE,            TOPIC, bank.bank-b.replies,       false
            orchestrator, WRITE,            TOPIC, bank.bank-b.replies.DLT,   true
            orchestrator, WRITE,            TOPIC, transfer.requests.DLT,     true
            orchestrator, READ,             GROUP, orchestrator,              true
            orchestrator, READ,             GROUP, bank-a,                    false
            bank-a,       READ,             TOPIC, bank.bank-a.commands,      true
            bank-a,       DESCRIBE_CONFIGS, TOPIC, bank.bank-a.commands,      true
            bank-a,       WRITE,            TOPIC, bank.bank-a.commands,      false
            bank-a,       READ,             TOPIC, bank.bank-b.commands,      false
            bank-a,       WRITE,            TOPIC, bank.bank-a.replies,       true
            bank-a,       WRITE,            TOPIC, bank.bank-b.replies,       false
            bank-a,       READ,             TOPIC, bank.bank-a.replies,       false
            bank-a,       WRITE,            TOPIC, bank.bank-a.commands.DLT,  true
            bank-a,       WRITE,            TOPIC, transfer.requests,         false
            bank-a,       READ,             GROUP, bank-a,                    true
            bank-a,       READ,             GROUP, bank-b,                    false
            client,       WRITE,            TOPIC, transfer.requests,         true
            client,       READ,             TOPIC, transfer.events,           true
            client,       DESCRIBE,         TOPIC, transfer.events,           true
            client,       READ,             TOPIC, transfer.requests,         false
            client,       WRITE,            TOPIC, bank.bank-b.commands,      false
            client,       WRITE,            TOPIC, bank.bank-a.replies,       false
            client,       READ,             TOPIC, bank.bank-a.commands,      false
            client,       READ,             GROUP, client-reports,            true
            client,       READ,             GROUP, orchestrator,              false
            client,       READ,             GROUP, operator-tail,             false
            operator,     READ,             TOPIC, bank.bank-a.commands,      true
            operator,     READ,             TOPIC, bank.bank-b.replies.DLT,   true
            operator,     DESCRIBE_CONFIGS, TOPIC, transfer.events,           true
            operator,     WRITE,            TOPIC, transfer.requests,         true
            operator,     WRITE,            TOPIC, bank.bank-a.commands,      false
            operator,     WRITE,            TOPIC, bank.bank-a.replies,       false
            operator,     WRITE,            TOPIC, transfer.events,           false
            operator,     DESCRIBE,         GROUP, orchestrator,              true
            operator,     READ,             GROUP, orchestrator,              false
            operator,     READ,             GROUP, operator-tail,             true
            admin,        WRITE,            TOPIC, bank.bank-a.commands,      true
            mallory,      READ,             TOPIC, transfer.events,           false
            """)
    void eachPrincipalMayDoOnlyWhatItsJobNeeds(String principal, AclOperation operation, ResourceType type,
            String resource, boolean allowed) {
        assertThat(AccessRules.allows(DEPLOYMENT, principal, operation, type, resource)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} is written by {1}")
    @CsvSource(textBlock = """
            transfer.requests,          client
            transfer.requests.DLT,      orchestrator
            transfer.events,            orchestrator
            bank.bank-a.commands,       orchestrator
            bank.bank-a.commands.DLT,   bank-a
            bank.bank-b.replies,        bank-b
            bank.bank-b.replies.DLT,    orchestrator
            """)
    void everyTopicHasTheWriterTheRulesAllow(String topic, String writer) {
        assertThat(AccessRules.writerOf(DEPLOYMENT, topic)).isEqualTo(writer);
        assertThat(AccessRules.allows(DEPLOYMENT, writer, AclOperation.WRITE, ResourceType.TOPIC, topic)).isTrue();
    }

    @ParameterizedTest(name = "bank {0} is refused")
    @CsvSource({"admin", "orchestrator", "client", "operator", "client-bank", "operator-bank", "bank a"})
    void noBankMayTakeTheNameOrTheGroupsOfAnotherPrincipal(String bank) {
        assertThatThrownBy(() -> Deployment.of(List.of("bank-a", bank))).isInstanceOf(IllegalArgumentException.class);
    }
}
