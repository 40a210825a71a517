package io.tcckafka.cli;

import io.tcckafka.events.Posting;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** One posting as {@code FROM,TO,AMOUNT}, e.g. {@code bank-a/2,bank-c/fees,0.50}. */
public final class PostingArgument implements ITypeConverter<Posting> {

    @Override
    public Posting convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException wrong) {
            throw new TypeConversionException(wrong.getMessage());
        }
    }

    public static Posting parse(String value) {
        String[] parts = value.split(",", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a posting: '" + value
                    + "' (write FROM,TO,AMOUNT, e.g. bank-a/2,bank-c/fees,0.50)");
        }
        return new Posting(AccountArgument.parse(parts[0].strip()), AccountArgument.parse(parts[1].strip()),
                AmountArgument.parse(parts[2]));
    }
}
