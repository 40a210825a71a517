package io.tcckafka.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a password against the SHA-256 of the one in the users file, in constant time. Not bcrypt on purpose: the
 * file holds the password itself (it is what a person logs in with), so a slow hash in memory would protect nothing,
 * and every HTTP Basic request would pay for it.
 */
final class DigestPasswordEncoder implements PasswordEncoder {

    @Override
    public String encode(CharSequence password) {
        return HexFormat.of().formatHex(sha256(password));
    }

    @Override
    public boolean matches(CharSequence password, String encoded) {
        return encoded != null && MessageDigest.isEqual(sha256(password), HexFormat.of().parseHex(encoded));
    }

    private static byte[] sha256(CharSequence text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
