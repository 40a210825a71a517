package io.tcckafka.sandbox;

import java.nio.file.Path;

/** Files of the project outside this module, such as compose/. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path path(String relative) {
        return Path.of(System.getProperty("tcc.project.dir", "..")).resolve(relative).normalize();
    }
}
