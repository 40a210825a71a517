package io.tcckafka.sandbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Runs a test class only where Testcontainers finds a Docker engine, and otherwise says why on the console:
 * {@code @Testcontainers(disabledWithoutDocker = true)} would skip without a word.
 */
final class RequiresDocker implements ExecutionCondition {

    private static Optional<String> whyNot;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return whyDockerIsMissing().map(reason -> {
            String message = "Docker is not available: " + reason + "; the containerized suite is skipped";
            System.out.println(context.getDisplayName() + ": " + message);
            return ConditionEvaluationResult.disabled(message);
        }).orElseGet(() -> ConditionEvaluationResult.enabled("Docker is available"));
    }

    private static synchronized Optional<String> whyDockerIsMissing() {
        if (whyNot == null) {
            whyNot = probe();
        }
        return whyNot;
    }

    private static Optional<String> probe() {
        try {
            DockerClientFactory.instance().client();
            return Optional.empty();
        } catch (RuntimeException e) {
            String dockerHost = System.getenv("DOCKER_HOST");
            return Optional.of(e.getMessage() + " (DOCKER_HOST " + (dockerHost == null ? "unset" : "= " + dockerHost)
                    + ", /var/run/docker.sock " + (Files.exists(Path.of("/var/run/docker.sock")) ? "present" : "absent")
                    + ")");
        }
    }
}
