package io.tcckafka.kafka;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses to start a service that would connect to Kafka as nobody: with SASL on (the default) it needs its
 * principal's password, and says which setting gives it. A service told to use PLAINTEXT (the sandbox's
 * {@code --insecure}) says so in its log at every start.
 */
final class KafkaCredentialsCheck {

    private static final Logger log = LoggerFactory.getLogger(KafkaCredentialsCheck.class);

    KafkaCredentialsCheck(String protocol, String username, String password) {
        if (protocol.startsWith("SASL_")) {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("Kafka: no password for principal " + username + ". Set "
                        + "tcc.kafka.password (environment: TCC_KAFKA_PASSWORD) to the SCRAM-SHA-512 password that "
                        + "tcc-provision gave it; see docs/security.md");
            }
            return;
        }
        log.warn("Kafka: security.protocol is {}: this service connects WITHOUT authentication, and its broker "
                + "cannot tell it from anyone else. Only for the sandbox's --insecure; see docs/security.md", protocol);
    }
}
