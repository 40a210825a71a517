package io.tcckafka.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.tcckafka.events.EventJson;

/** A service's answer: its status and its body as it came. */
public record HttpReply(URI uri, int status, String body) {

    /** The {@code detail} of an RFC 9457 problem body, or the body itself, for a message. */
    public String problem() {
        Optional<String> detail = EventJson.stringField(body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                "detail");
        return detail.orElse(body == null || body.isBlank() ? "(no body)" : body.strip());
    }
}
