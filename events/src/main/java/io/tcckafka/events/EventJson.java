package io.tcckafka.events;

import java.math.BigDecimal;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/** The one JSON mapping of the contracts, shared by every producer, every consumer, the HTTP APIs and tests. */
public final class EventJson {

    private static final JsonMapper MAPPER = contractRules(JsonMapper.builder()).build();

    private EventJson() {
    }

    /**
     * How strictly the contracts are read: a value of the wrong JSON type is an error rather than quietly
     * converted (a number is not an id, money is a decimal string and never a JSON number, which many producers
     * pass through a float, an enum is named, not numbered), and a repeated field is an error
     * rather than "the last one wins", which another reader of the same bytes might not agree with.
     * Unknown fields are ignored, so that a newer producer does not break an older consumer.
     */
    public static <B extends MapperBuilder<?, B>> B contractRules(B builder) {
        return builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .addModule(new SimpleModule("money-as-string").addDeserializer(BigDecimal.class, new MoneyAsString()))
                .withCoercionConfig(LogicalType.Textual, strings -> strings
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    public static String write(Object message) {
        return MAPPER.writeValueAsString(message);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    public static <T> T read(byte[] json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    /**
     * The string field {@code name} of a JSON object, read as strictly as a whole record is (one value, no field
     * twice) but without its type: what can still be said of a record that is not a valid contract type.
     */
    public static Optional<String> stringField(byte[] json, String name) {
        if (json == null) {
            return Optional.empty();
        }
        try {
            JsonNode field = MAPPER.readTree(json).get(name);
            return field != null && field.isString() ? Optional.of(field.stringValue()) : Optional.empty();
        } catch (JacksonException notJson) {
            return Optional.empty();
        }
    }

    /** Reads a decimal from a JSON string only. */
    private static final class MoneyAsString extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (BigDecimal) context.handleUnexpectedToken(BigDecimal.class, parser);
            }
            return super.deserialize(parser, context);
        }
    }
}
