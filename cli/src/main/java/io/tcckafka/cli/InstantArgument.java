package io.tcckafka.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A point in time as ISO-8601, {@code 2026-12-01T09:00:00Z}, or a day, {@code 2026-12-01}: its start in UTC. */
public final class InstantArgument implements ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException wrong) {
            throw new TypeConversionException(wrong.getMessage());
        }
    }

    public static Instant parse(String value) {
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: '" + value
                    + "' (write 2026-12-01T09:00:00Z, or a day, 2026-12-01, for its start in UTC)");
        }
    }
}
