package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferRequest;

/** What makes two requests with one transferId "the same": equal accounts and numerically equal amounts. */
public final class RequestFingerprint {

    private static final int MAX_PLAIN_SCALE = 100;

    private RequestFingerprint() {
    }

    public static String of(TransferRequest request) {
        String canonical = String.join("\u0000", describe(request.from()), describe(request.to()),
                describe(request.amount()));
        return sha256(canonical);
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
        return ref == null ? "" : Objects.toString(ref.bank(), "") + "\u0001" + Objects.toString(ref.account(), "");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
