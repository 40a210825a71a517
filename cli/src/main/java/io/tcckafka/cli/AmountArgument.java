package io.tcckafka.cli;

import java.math.BigDecimal;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An amount of money as a decimal, e.g. {@code 30.00}; checked for its form only, the orchestrator checks the rest. */
public final class AmountArgument implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException wrong) {
            throw new TypeConversionException(wrong.getMessage());
        }
    }

    public static BigDecimal parse(String value) {
        try {
            BigDecimal amount = new BigDecimal(value.strip());
            if (amount.signum() <= 0) {
                throw new IllegalArgumentException("an amount must be more than zero: " + value);
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: '" + value + "' (write a decimal, e.g. 30.00)");
        }
    }
}
