package io.tcckafka.cli;

import io.tcckafka.events.AccountRef;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An account as {@code bank/account}, e.g. {@code bank-a/2}. */
public final class AccountArgument implements ITypeConverter<AccountRef> {

    @Override
    public AccountRef convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException wrong) {
            throw new TypeConversionException(wrong.getMessage());
        }
    }

    public static AccountRef parse(String value) {
        int slash = value.indexOf('/');
        if (slash < 1 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("not an account: '" + value + "' (write bank/account, e.g. bank-a/2)");
        }
        return new AccountRef(value.substring(0, slash), value.substring(slash + 1));
    }

    public static String format(AccountRef account) {
        return account.bank() + "/" + account.account();
    }
}
