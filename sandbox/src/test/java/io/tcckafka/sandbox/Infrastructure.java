package io.tcckafka.sandbox;

import java.util.List;

/** The Kafka cluster, the databases and the HTTP users a {@link Stack} runs with in a test. */
interface Infrastructure extends AutoCloseable {

    /** How each service and each user reaches the stack. */
    StackAccess access();

    /** The {@code --spring.datasource.*} arguments of the database that {@code service} owns. */
    List<String> databaseArguments(String service);

    @Override
    void close();
}
