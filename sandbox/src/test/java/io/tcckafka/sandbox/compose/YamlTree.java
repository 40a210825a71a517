package io.tcckafka.sandbox.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML into maps, lists and scalars, and takes them apart with a readable failure when the shape is wrong. */
final class YamlTree {

    private YamlTree() {
    }

    static Map<String, Object> load(Path file) {
        try {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mapping with its keys as strings; an absent node is an empty mapping. */
    static Map<String, Object> map(Object node) {
        if (node == null) {
            return Map.of();
        }
        if (!(node instanceof Map<?, ?> map)) {
            throw new AssertionError("expected a mapping, found " + node);
        }
        Map<String, Object> byName = new LinkedHashMap<>();
        map.forEach((key, value) -> byName.put(String.valueOf(key), value));
        return byName;
    }

    /** A sequence; an absent node is an empty sequence. */
    static List<Object> list(Object node) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof List<?> list)) {
            throw new AssertionError("expected a sequence, found " + node);
        }
        return List.copyOf(list);
    }

    /** A scalar as text ({@code 1} and {@code "1"} alike), null for an absent node. */
    static String text(Object node) {
        return node == null ? null : String.valueOf(node);
    }
}
