package io.tcckafka.chaos;

import java.math.BigDecimal;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.load.AccountPicker;
import io.tcckafka.launcher.load.Transfers;

/**
 * The chaos run's transfers, drawn from its seed: one posting three times in four, else two or three postings
 * between random accounts, all or nothing; amounts up to 399.99, some more than the payer holds. Remembers every
 * transfer it made, for the checks at the end.
 */
final class RandomTransfers implements Transfers {

    private final AccountPicker accounts;
    private final Random random;
    private final Queue<TransferRequest> made = new ConcurrentLinkedQueue<>();

    RandomTransfers(List<AccountRef> accounts, long seed) {
        this.accounts = AccountPicker.uniform(accounts);
        this.random = new Random(seed);
    }

    @Override
    public TransferRequest next(String transferId) {
        TransferRequest request;
        if (random.nextInt(4) > 0) {
            Posting posting = posting();
            request = new TransferRequest(transferId, posting.from(), posting.to(), posting.amount());
        } else {
            request = TransferRequest.of(transferId, IntStream.range(0, random.nextInt(2, 4))
                    .mapToObj(i -> posting()).toList());
        }
        made.add(request);
        return request;
    }

    /** Every transfer made so far, in order. */
    List<TransferRequest> made() {
        return List.copyOf(made);
    }

    private Posting posting() {
        AccountRef[] pair = accounts.distinct(random, 2);
        return new Posting(pair[0], pair[1], BigDecimal.valueOf(random.nextLong(1, 40_000), 2));
    }
}
