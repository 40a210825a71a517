package io.tcckafka.events;

/**
 * The headers every record the services produce carries: CloudEvents attributes in Kafka binary content mode
 * (the value stays the contract's JSON) and a W3C {@code traceparent} whose trace id is the transfer's. Consumers
 * never require them: clients produce requests without. See docs/contract.md.
 */
public final class EventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    /** The transferId the record belongs to. */
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    public static final String CLOUDEVENTS_1_0 = "1.0";
    public static final String JSON = "application/json";

    public static final String REQUEST_TYPE = "io.tcckafka.transfer.request.v1";
    public static final String STATUS_TYPE = "io.tcckafka.transfer.status.v1";
    public static final String COMMAND_TYPE = "io.tcckafka.branch.command.v1";
    public static final String REPLY_TYPE = "io.tcckafka.branch.reply.v1";

    private EventHeaders() {
    }

    /** The {@code ce_type} of a topic's records; a dead-letter topic holds its original topic's. */
    public static String typeOf(String topic) {
        String original = Topics.original(topic);
        return switch (original) {
            case Topics.TRANSFER_REQUESTS -> REQUEST_TYPE;
            case Topics.TRANSFER_EVENTS -> STATUS_TYPE;
            default -> {
                if (Topics.isBankCommands(original)) {
                    yield COMMAND_TYPE;
                }
                if (Topics.isBankReplies(original)) {
                    yield REPLY_TYPE;
                }
                throw new IllegalArgumentException("no record type for topic " + topic);
            }
        };
    }
}
