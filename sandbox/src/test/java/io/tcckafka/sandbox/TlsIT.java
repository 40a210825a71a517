package io.tcckafka.sandbox;

import static io.tcckafka.sandbox.StackClient.money;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Topics;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.events.TransferStatus;
import io.tcckafka.provisioning.KafkaAccess;
import io.tcckafka.provisioning.Principals;

/**
 * The stack on a broker whose listeners take SCRAM over TLS (SASL_SSL), with a certificate made as docs/security.md
 * shows: every service and client trusts the CA that signed it, and a client that does not is refused.
 */
class TlsIT extends StackFixture {

    @BeforeAll
    static void start() {
        startStack(new LocalInfrastructure(SERVICES, true));
    }

    @Test
    void aTransferCommitsOverTls() {
        client.openAccount("bank-a", "tls-payer", "10.00");
        client.openAccount("bank-b", "tls-payee", "0.00");
        client.request(new TransferRequest("tls-1", new AccountRef("bank-a", "tls-payer"),
                new AccountRef("bank-b", "tls-payee"), money("2.50")));

        assertThat(awaitTerminal("tls-1", Duration.ofSeconds(30)).status()).isEqualTo(TransferStatus.COMMITTED);
        assertThat(client.account("bank-b", "tls-payee").balance()).isEqualByComparingTo("2.50");
        assertThat(stack.access().kafka().admin().protocol()).isEqualTo(KafkaAccess.Protocol.SASL_SSL);
    }

    @Test
    void aClientThatDoesNotTrustTheBrokersCaIsRefused() {
        KafkaAccess client = stack.access().kafka().as(Principals.CLIENT);
        KafkaAccess withoutTheCa = new KafkaAccess(client.bootstrapServers(), client.protocol(), client.username(),
                client.password(), null);
        Properties config = StackClient.producerConfig(withoutTheCa);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");

        Throwable refused;
        try (var producer = new KafkaProducer<String, String>(config)) {
            refused = catchThrowable(() -> producer.send(new ProducerRecord<>(Topics.TRANSFER_REQUESTS, "tls-2", "{}"))
                    .get(15, TimeUnit.SECONDS));
        }
        assertThat(refused).isNotNull();
        boolean tlsRefused = false;
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            tlsRefused |= cause instanceof SslAuthenticationException;
        }
        assertThat(tlsRefused).as("refused in the TLS handshake: %s", refused).isTrue();
    }
}
