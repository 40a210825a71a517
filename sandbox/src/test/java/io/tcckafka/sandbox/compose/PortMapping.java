package io.tcckafka.sandbox.compose;

/** A published port, {@code [ip:]host:container[/protocol]}. */
record PortMapping(int host, int container) {

    static PortMapping parse(String spec) {
        String[] parts = spec.replaceFirst("/.*$", "").split(":");
        if (parts.length < 2) {
            throw new AssertionError("port " + spec + " publishes no fixed host port");
        }
        return new PortMapping(Integer.parseInt(parts[parts.length - 2]), Integer.parseInt(parts[parts.length - 1]));
    }
}
