package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One movement of money within a transfer: {@code amount} from one account to another, possibly at other banks. */
public record Posting(
        AccountRef from,
        AccountRef to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
