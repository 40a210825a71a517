package io.tcckafka.kafka;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * W3C trace context ({@code 00-<trace id>-<span id>-01}) computed, not propagated: the trace id is the first 16 bytes
 * of SHA-256(transferId), so every record of one transfer, on every topic and from every service, shares it
 * without any service passing it on; the span id is derived from the record's id, so a re-sent record is the same.
 */
public final class TraceParent {

    private static final Pattern VALID = Pattern.compile("00-(\\p{XDigit}{32})-(\\p{XDigit}{16})-\\p{XDigit}{2}");
    private static final HexFormat HEX = HexFormat.of();

    private TraceParent() {
    }

    public static String of(String transferId, String recordId) {
        return "00-" + traceId(transferId) + "-" + HEX.formatHex(nonZero(sha256(recordId), 8)) + "-01";
    }

    public static String traceId(String transferId) {
        return HEX.formatHex(nonZero(sha256(transferId), 16));
    }

    /** The trace id of a well-formed traceparent; null otherwise. */
    public static String traceIdOf(String traceparent) {
        var matcher = VALID.matcher(traceparent == null ? "" : traceparent);
        return matcher.matches() ? matcher.group(1).toLowerCase() : null;
    }

    // all zeros is the one value W3C forbids; one hash in 2^64 (span) or 2^128 (trace) would give it
    private static byte[] nonZero(byte[] hash, int length) {
        byte[] id = Arrays.copyOf(hash, length);
        if (Arrays.equals(id, new byte[length])) {
            id[length - 1] = 1;
        }
        return id;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
