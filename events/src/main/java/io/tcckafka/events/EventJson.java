package io.tcckafka.events;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapping of the contracts, shared by every producer and by tests. */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private EventJson() {
    }

    public static String write(Object message) {
        return MAPPER.writeValueAsString(message);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
