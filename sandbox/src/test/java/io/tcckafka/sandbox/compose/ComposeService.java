package io.tcckafka.sandbox.compose;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of a compose file. */
record ComposeService(String name, Map<String, Object> definition, Path composeFolder) {

    /** How the service's image is built: the context folder, the Dockerfile and its build arguments. */
    record Build(Path context, Path dockerfile, Map<String, String> args) {
    }

    /** The environment, whether written as a mapping or as a list of {@code NAME=value}. */
    Map<String, String> environment() {
        Object node = definition.get("environment");
        Map<String, String> environment = new LinkedHashMap<>();
        if (node instanceof List<?> entries) {
            entries.stream().map(String::valueOf).forEach(entry -> environment.put(
                    entry.substring(0, entry.indexOf('=')), entry.substring(entry.indexOf('=') + 1)));
        } else {
            YamlTree.map(node).forEach((key, value) -> environment.put(key, value == null ? "" : String.valueOf(value)));
        }
        return environment;
    }

    List<PortMapping> ports() {
        return YamlTree.list(definition.get("ports")).stream().map(String::valueOf).map(PortMapping::parse).toList();
    }

    /** Each service this one waits for, with the condition; the short list form means {@code service_started}. */
    Map<String, String> dependsOn() {
        Object node = definition.get("depends_on");
        Map<String, String> conditions = new LinkedHashMap<>();
        if (node instanceof List<?> names) {
            names.forEach(name -> conditions.put(String.valueOf(name), "service_started"));
        } else {
            YamlTree.map(node).forEach((name, settings) ->
                    conditions.put(name, YamlTree.text(YamlTree.map(settings).get("condition"))));
        }
        return conditions;
    }

    /** Whether compose.yaml turns the health check of the service's image off (a one-shot service's). */
    boolean disablesHealthcheck() {
        return Boolean.TRUE.equals(YamlTree.map(definition.get("healthcheck")).get("disable"));
    }

    /** Whether compose.yaml itself gives this service a health check (one that is not disabled). */
    boolean declaresHealthcheck() {
        Map<String, Object> healthcheck = YamlTree.map(definition.get("healthcheck"));
        return healthcheck.containsKey("test") && !Boolean.TRUE.equals(healthcheck.get("disable"));
    }

    Optional<Build> build() {
        if (!definition.containsKey("build")) {
            return Optional.empty();
        }
        Map<String, Object> build = YamlTree.map(definition.get("build"));
        Path context = composeFolder.resolve(YamlTree.text(build.getOrDefault("context", "."))).normalize();
        Path dockerfile = context.resolve(YamlTree.text(build.getOrDefault("dockerfile", "Dockerfile"))).normalize();
        Map<String, String> args = new LinkedHashMap<>();
        YamlTree.map(build.get("args")).forEach((key, value) -> args.put(key, YamlTree.text(value)));
        return Optional.of(new Build(context, dockerfile, args));
    }

    /** The arguments the container's entry point gets ({@code command}, as a list). */
    List<String> command() {
        return YamlTree.list(definition.get("command")).stream().map(String::valueOf).toList();
    }

    /** The top-level config mounted at {@code target} inside the container, if any. */
    Optional<String> configAt(String target) {
        return YamlTree.list(definition.get("configs")).stream().map(YamlTree::map)
                .filter(config -> target.equals(YamlTree.text(config.get("target"))))
                .map(config -> YamlTree.text(config.get("source"))).findFirst();
    }

    /** The names of the compose secrets this service gets (in /run/secrets/). */
    List<String> secrets() {
        return YamlTree.list(definition.get("secrets")).stream().map(String::valueOf).toList();
    }

    /** The host file mounted at {@code target} inside the container, if any. */
    Optional<Path> mountedAt(String target) {
        return YamlTree.list(definition.get("volumes")).stream().map(String::valueOf)
                .map(volume -> volume.split(":"))
                .filter(parts -> parts.length >= 2 && parts[1].equals(target))
                .map(parts -> composeFolder.resolve(parts[0]).normalize())
                .findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
