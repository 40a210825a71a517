package io.tcckafka.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Asks for a transfer; {@code transferId} is the idempotency key. Topic {@link Topics#TRANSFER_REQUESTS}. Two forms:
 * one posting ({@code from}, {@code to}, {@code amount}), or a list of {@code postings}, all applied or none. A
 * request in both forms, or in neither, is rejected.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferRequest(
        String transferId,
        AccountRef from,
        AccountRef to,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<Posting> postings) {

    /** How many postings one transfer may have. */
    public static final int MAX_POSTINGS = 16;

    /** The single form: one posting. */
    public TransferRequest(String transferId, AccountRef from, AccountRef to, BigDecimal amount) {
        this(transferId, from, to, amount, null);
    }

    /** The list form. */
    public static TransferRequest of(String transferId, List<Posting> postings) {
        return new TransferRequest(transferId, null, null, null, postings);
    }

    /** Whether any field of the single form is there. */
    @JsonIgnore
    public boolean hasSingleForm() {
        return from != null || to != null || amount != null;
    }

    /** What the request asks for in either form, the single form as one posting; as written, not validated. */
    @JsonIgnore
    public List<Posting> allPostings() {
        List<Posting> all = new ArrayList<>();
        if (hasSingleForm()) {
            all.add(new Posting(from, to, amount));
        }
        if (postings != null) {
            all.addAll(postings);
        }
        return Collections.unmodifiableList(all);
    }
}
