package io.tcckafka.provisioning;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;

/**
 * How one principal reaches the cluster: the Kafka client settings of a Java client or of Kafka's console tools
 * ({@link #clientConfig()}, {@link #propertiesFile()}), and the arguments that give a service the same
 * ({@link #springArguments()}).
 *
 * @param trustedCertificates a PEM file of the CA that signed the broker's certificate, for {@code SASL_SSL}; null to
 *                            trust the JVM's default CAs, and for the other protocols
 */
public record KafkaAccess(String bootstrapServers, Protocol protocol, String username, String password,
        Path trustedCertificates) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    /** The security protocol of the clients' listener. */
    public enum Protocol {
        /** No authentication, no ACLs: only the sandbox's {@code --insecure}. */
        PLAINTEXT,
        /** SCRAM on a plain connection: the sandbox and the tests, on loopback. */
        SASL_PLAINTEXT,
        /** SCRAM over TLS: every deployment on a network. */
        SASL_SSL;

        public boolean authenticates() {
            return this != PLAINTEXT;
        }
    }

    public KafkaAccess {
        if (protocol.authenticates() && (username == null || password == null)) {
            throw new IllegalArgumentException(protocol + " needs a user name and a password");
        }
        if (password != null && (password.contains("\"") || password.contains("\\"))) {
            throw new IllegalArgumentException("a password may not contain \" or \\ (it goes into a JAAS string)");
        }
    }

    public static KafkaAccess insecure(String bootstrapServers) {
        return new KafkaAccess(bootstrapServers, Protocol.PLAINTEXT, null, null, null);
    }

    /** The same cluster as another principal. */
    public KafkaAccess as(String otherUsername, String otherPassword) {
        return protocol.authenticates()
                ? new KafkaAccess(bootstrapServers, protocol, otherUsername, otherPassword, trustedCertificates)
                : this;
    }

    /** The same principal through another address of the cluster (a proxy in front of a listener). */
    public KafkaAccess via(String otherBootstrapServers) {
        return new KafkaAccess(otherBootstrapServers, protocol, username, password, trustedCertificates);
    }

    /** The client settings, by name, in the order a properties file lists them. */
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, protocol.name());
        if (protocol.authenticates()) {
            settings.put(SaslConfigs.SASL_MECHANISM, MECHANISM);
            settings.put(SaslConfigs.SASL_JAAS_CONFIG, jaasConfig(username, password));
        }
        if (protocol == Protocol.SASL_SSL && trustedCertificates != null) {
            settings.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PEM");
            settings.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, trustedCertificates.toAbsolutePath().toString());
        }
        return settings;
    }

    public Properties clientConfig() {
        Properties config = new Properties();
        config.putAll(settings());
        return config;
    }

    /** A file Kafka's console tools take as {@code --command-config}, {@code --producer.config}, … */
    public String propertiesFile() {
        StringBuilder file = new StringBuilder("# Kafka client settings of principal " + username + "\n");
        settings().forEach((name, value) -> file.append(name).append('=').append(value).append('\n'));
        return file.toString();
    }

    /** The Spring properties that make one of this project's services connect as this principal. */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
        properties.put("spring.kafka.security.protocol", protocol.name());
        if (protocol.authenticates()) {
            properties.put("tcc.kafka.username", username);
            properties.put("tcc.kafka.password", password);
        }
        if (protocol == Protocol.SASL_SSL && trustedCertificates != null) {
            properties.put("spring.kafka.ssl.trust-store-type", "PEM");
            properties.put("spring.kafka.ssl.trust-store-location", "file:" + trustedCertificates.toAbsolutePath());
        }
        return properties;
    }

    /** {@link #springProperties()} as command-line arguments. */
    public List<String> springArguments() {
        return springProperties().entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue()).toList();
    }

    public static String jaasConfig(String username, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + username
                + "\" password=\"" + password + "\";";
    }

    @Override
    public String toString() {
        return "KafkaAccess[" + bootstrapServers + ", " + protocol + ", " + username + "]";
    }
}
