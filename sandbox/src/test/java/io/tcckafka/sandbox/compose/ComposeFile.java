package io.tcckafka.sandbox.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compose file as Docker Compose reads it: YAML anchors and merge keys resolved, {@code x-} extensions ignored. */
record ComposeFile(Path folder, Map<String, ComposeService> services) {

    static ComposeFile read(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Map<String, ComposeService> services = new LinkedHashMap<>();
        YamlTree.map(YamlTree.load(file).get("services")).forEach((name, definition) ->
                services.put(name, new ComposeService(name, YamlTree.map(definition), folder)));
        return new ComposeFile(folder, services);
    }

    ComposeService service(String name) {
        ComposeService service = services.get(name);
        if (service == null) {
            throw new AssertionError("compose.yaml has no service " + name + "; it has " + services.keySet());
        }
        return service;
    }

    /** The services built from this project's Dockerfile: the orchestrator and the banks. */
    List<ComposeService> applications() {
        return services.values().stream().filter(service -> service.build().isPresent()).toList();
    }

    String readFile(String relative) {
        try {
            return Files.readString(folder.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
