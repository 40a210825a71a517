package io.tcckafka.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The executable jars {@code ./mvnw package} leaves in a checkout's target folders, and the command that runs one. */
final class Jars {

    private final Path projectDir;

    Jars(Path projectDir) {
        this.projectDir = projectDir;
    }

    /** The sandbox's jar, whose {@code kafka} command is the broker. */
    String broker() {
        return find("sandbox/target", "tcc-sandbox-exec.jar");
    }

    String of(String service) {
        return service.equals(Cluster.ORCHESTRATOR) ? find("orchestrator/target", "orchestrator-*-exec.jar")
                : find("account-consumer/target", "account-consumer-*-exec.jar");
    }

    /** {@code java <jvm options> -jar <jar> <arguments>} with this JVM's java. */
    static List<String> java(List<String> jvm, String jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.add("-jar");
        command.add(jar);
        command.addAll(arguments);
        return command;
    }

    private String find(String folder, String pattern) {
        Path dir = projectDir.resolve(folder);
        try (var jars = Files.newDirectoryStream(dir, pattern)) {
            for (Path jar : jars) {
                return jar.toAbsolutePath().toString();
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("no " + pattern + " in " + dir.toAbsolutePath()
                + "; build the jars first: ./mvnw -DskipTests package");
    }
}
