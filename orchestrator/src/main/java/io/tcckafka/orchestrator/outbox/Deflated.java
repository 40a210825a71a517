package io.tcckafka.orchestrator.outbox;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Text as the outbox keeps it: deflated (zlib), at the fastest level. An outbox row's JSON repeats its keys, topics and
 * payload fields message after message and shrinks to about a sixth; what the database writes for the row, its redo
 * log included, shrinks with it (docs/benchmarks.md).
 */
final class Deflated {

    private Deflated() {
    }

    static byte[] of(String text) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    static String text(byte[] deflated) {
        try (InflaterInputStream inflating = new InflaterInputStream(new ByteArrayInputStream(deflated))) {
            return new String(inflating.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("an outbox row's deflated messages cannot be read: " + e.getMessage(), e);
        }
    }
}
