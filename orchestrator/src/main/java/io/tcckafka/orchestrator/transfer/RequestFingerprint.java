package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;

/**
 * What makes two requests with one transferId "the same": equal postings in the same order, amounts compared
 * numerically. The single form is one posting, so it and a list of that one posting are the same request.
 */
public final class RequestFingerprint {

    private static final int MAX_PLAIN_SCALE = 100;
    private static final String BOTH_FORMS = "\u0002";
    private static final String UNREADABLE = "\u0003";
    private static final String NO_POSTING = "\u0004";
    /** The separators and markers above, and the escape itself: escaped in ids, so parts never run into each other. */
    private static final Pattern SEPARATOR = Pattern.compile("[\\\\\\x00-\\x04]");

    private RequestFingerprint() {
    }

    public static String of(TransferRequest request) {
        List<String> parts = new ArrayList<>();
        if (request.hasSingleForm() && request.postings() != null) {
            parts.add(BOTH_FORMS);
        }
        for (Posting posting : request.allPostings()) {
            if (posting == null) {
                parts.add(NO_POSTING);
            } else {
                parts.add(describe(posting.from()));
                parts.add(describe(posting.to()));
                parts.add(describe(posting.amount()));
            }
        }
        return sha256(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose transferId could be read, but not the rest: the same bytes are the same request. */
    public static String ofUnreadable(byte[] value) {
        return sha256(UNREADABLE.getBytes(StandardCharsets.UTF_8), value);
    }

    /**
     * The same text for numerically equal amounts. Plain digits for any amount that could be valid; an absurd
     * exponent such as 1E+999999999 is written as it is, since its plain digits would take a gigabyte.
     */
    private static String describe(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        BigDecimal exact = amount.stripTrailingZeros();
        return Math.abs(exact.scale()) <= MAX_PLAIN_SCALE ? exact.toPlainString() : exact.toString();
    }

    private static String describe(AccountRef ref) {
        return ref == null ? "" : text(ref.bank()) + "\u0001" + text(ref.account());
    }

    private static String text(String id) {
        return id == null ? "" : SEPARATOR.matcher(id).replaceAll("\\\\$0");
    }

    private static String sha256(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
