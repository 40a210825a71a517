package io.tcckafka.sandbox.compose;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A compose service that runs one of the project's applications: the image its Dockerfile builds, the environment
 * it runs with (the image's, then compose.yaml's) and the configuration the application sees in it.
 */
record DeployedService(ComposeService service, ServiceApplication application, Dockerfile image, String module) {

    static final String MODULE_ARG = "MODULE";

    static DeployedService of(ComposeService service) {
        ComposeService.Build build = service.build().orElseThrow();
        String module = build.args().get(MODULE_ARG);
        return new DeployedService(service, ServiceApplication.ofModule(module),
                Dockerfile.read(build.dockerfile(), build.args()), module);
    }

    String name() {
        return service.name();
    }

    Path buildContext() {
        return service.build().orElseThrow().context();
    }

    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>(image.environment());
        environment.putAll(service.environment());
        return environment;
    }

    String property(String name) {
        return application.property(environment(), name);
    }

    int serverPort() {
        return Integer.parseInt(property("server.port"));
    }

    @Override
    public String toString() {
        return service.name();
    }
}
