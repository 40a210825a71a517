package io.tcckafka.bench;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Random;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.Transfers;

/**
 * The benchmark's transfers: one payer paying each of {@code payees} different payees 1.00, all accounts different
 * and picked by the {@link AccountPicker}; one payee is the single form of a TransferRequest.
 */
final class PayeeTransfers implements Transfers {

    private static final BigDecimal AMOUNT = new BigDecimal("1.00");

    private final AccountPicker accounts;
    private final int payees;
    private final Random random;

    PayeeTransfers(AccountPicker accounts, int payees, long seed) {
        this.accounts = accounts;
        this.payees = payees;
        this.random = new Random(seed);
    }

    @Override
    public TransferRequest next(String transferId) {
        AccountRef[] picked = accounts.distinct(random, payees + 1);
        return payees == 1 ? new TransferRequest(transferId, picked[0], picked[1], AMOUNT)
                : TransferRequest.of(transferId, Arrays.stream(picked, 1, picked.length)
                        .map(payee -> new Posting(picked[0], payee, AMOUNT)).toList());
    }
}
