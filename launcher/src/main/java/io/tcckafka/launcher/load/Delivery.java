package io.tcckafka.launcher.load;

/** What becomes of a request the broker did not acknowledge. */
public enum Delivery {
    /** It ends as {@code NOT_SENT}: a benchmark's result. */
    ONCE,
    /**
     * It is sent again, with the same id, until the broker acknowledges it, as a client service does (the receiver
     * takes it as one request): once the run is over, every request it made has reached the broker.
     */
    UNTIL_ACKNOWLEDGED
}
