package io.tcckafka.sandbox.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compose file as Docker Compose reads it: YAML anchors and merge keys resolved, {@code x-} extensions ignored; its
 * services, and its top-level configs and secrets.
 */
record ComposeFile(Path folder, Map<String, ComposeService> services, Map<String, Object> configs,
        Map<String, Object> secrets, String text) {

    /** The module of the project's tools image: one-shot services (certificates, provisioning). */
    static final String TOOLS = "provisioning";

    static ComposeFile read(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Map<String, Object> yaml = YamlTree.load(file);
        Map<String, ComposeService> services = new LinkedHashMap<>();
        YamlTree.map(yaml.get("services")).forEach((name, definition) ->
                services.put(name, new ComposeService(name, YamlTree.map(definition), folder)));
        try {
            return new ComposeFile(folder, services, YamlTree.map(yaml.get("configs")),
                    YamlTree.map(yaml.get("secrets")), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ComposeService service(String name) {
        ComposeService service = services.get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name + "; it has " + services.keySet());
        }
        return service;
    }

    /** The services that run the project's applications: the orchestrator and the banks. */
    List<ComposeService> applications() {
        return services.values().stream().filter(service -> service.build().isPresent())
                .filter(service -> !TOOLS.equals(service.build().orElseThrow().args().get(DeployedService.MODULE_ARG)))
                .toList();
    }

    /** The one-shot services of the project's tools image (they run to completion; nothing serves). */
    List<ComposeService> oneShots() {
        return services.values().stream().filter(service -> service.build().isPresent())
                .filter(service -> TOOLS.equals(service.build().orElseThrow().args().get(DeployedService.MODULE_ARG)))
                .toList();
    }

    /** The text of a top-level config given inline ({@code content:}), with compose's variables as written. */
    String configContent(String name) {
        return YamlTree.text(YamlTree.map(configs.get(name)).get("content"));
    }

    String readFile(String relative) {
        try {
            return Files.readString(folder.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
