package io.tcckafka.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;

/** Asks for a transfer; {@code transferId} is the idempotency key. Topic {@link Topics#TRANSFER_REQUESTS}. */
public record TransferRequest(
        String transferId,
        AccountRef from,
        AccountRef to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
}
