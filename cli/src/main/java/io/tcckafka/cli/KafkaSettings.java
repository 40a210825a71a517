package io.tcckafka.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

/** A Kafka client settings file, as the sandbox writes one per principal and Kafka's console tools take it. */
public record KafkaSettings(Path file, Properties properties) {

    private static final Pattern USERNAME = Pattern.compile("username=\"([^\"]*)\"");

    public static KafkaSettings read(Path file) {
        if (!Files.isReadable(file)) {
            throw CliFailure.unreachable("no Kafka settings: " + file + " does not exist (start the sandbox, or give "
                    + "--credentials=DIR or --kafka-config=FILE)");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw CliFailure.unreachable("cannot read " + file + ": " + e.getMessage());
        }
        if (properties.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG) == null) {
            throw CliFailure.usage(file + " has no " + CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
        }
        return new KafkaSettings(file, properties);
    }

    /** The SCRAM principal the settings log in as, or null when they do not authenticate. */
    public String principal() {
        String jaas = properties.getProperty(SaslConfigs.SASL_JAAS_CONFIG);
        if (jaas == null) {
            return null;
        }
        Matcher username = USERNAME.matcher(jaas);
        return username.find() ? username.group(1) : null;
    }

    public String bootstrapServers() {
        return properties.getProperty(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);
    }

    /** For messages: {@code localhost:9092 as principal client (tcc-data/credentials/client.properties)}. */
    public String describe() {
        String principal = principal();
        return bootstrapServers() + (principal == null ? " without authentication" : " as principal " + principal)
                + " (" + file + ")";
    }

    /** Never the settings themselves (the JAAS line holds the password), wherever the record is printed. */
    @Override
    public String toString() {
        return "Kafka settings of " + file;
    }
}
