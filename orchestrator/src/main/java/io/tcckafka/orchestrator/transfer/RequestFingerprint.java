package io.tcckafka.orchestrator.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.TransferRequest;

/** What makes two requests with one transferId "the same": equal accounts and numerically equal amounts. */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(TransferRequest request) {
        String amount = request.amount() == null ? "" : request.amount().stripTrailingZeros().toPlainString();
        String canonical = String.join("\u0000", describe(request.from()), describe(request.to()), amount);
        return sha256(canonical);
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
