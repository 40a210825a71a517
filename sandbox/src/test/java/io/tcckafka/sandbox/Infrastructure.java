package io.tcckafka.sandbox;

import java.util.List;

/** The Kafka cluster and the databases a {@link Stack} runs on in a test. */
interface Infrastructure extends AutoCloseable {

    String bootstrapServers();

    /** The {@code --spring.datasource.*} arguments of the database that {@code service} owns. */
    List<String> databaseArguments(String service);

    @Override
    void close();
}
