package io.tcckafka.sandbox;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The end-to-end scenarios on Kafka and MySQL 8 in containers, where Docker is available.
 *
 * <p>The containers' addresses reach the services as arguments rather than through {@code @ServiceConnection}: the
 * stack starts three Spring Boot applications of its own, outside any test context that could carry connection
 * details, and one MySQL container serves the three databases while a {@code JdbcConnectionDetails} names one.
 */
@ExtendWith(RequiresDocker.class)
class ContainerizedEndToEndIT extends TransferEndToEndScenarios {

    @BeforeAll
    static void start() {
        startStack(new ContainerInfrastructure());
    }
}
