package io.tcckafka.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;

class RandomTransfersTest {

    private static final List<AccountRef> ACCOUNTS = IntStream.range(0, 10)
            .mapToObj(i -> new AccountRef(i % 2 == 0 ? "bank-a" : "bank-b", "x" + i)).toList();

    @Test
    void theSameSeedMakesTheSameTransfers() {
        List<TransferRequest> seed42 = make(new RandomTransfers(ACCOUNTS, 42), 50);

        assertThat(make(new RandomTransfers(ACCOUNTS, 42), 50)).isEqualTo(seed42);
        assertThat(make(new RandomTransfers(ACCOUNTS, 7), 50)).isNotEqualTo(seed42);
    }

    @Test
    void aQuarterHaveTwoOrThreePostingsBetweenDifferentAccounts() {
        List<TransferRequest> made = make(new RandomTransfers(ACCOUNTS, 3), 4_000);

        long several = made.stream().filter(t -> t.allPostings().size() > 1).count();
        assertThat(several / 4_000d).isBetween(0.22, 0.28);
        assertThat(made).allSatisfy(t -> assertThat(t.allPostings()).hasSizeBetween(1, 3));
        List<Posting> postings = made.stream().flatMap(t -> t.allPostings().stream()).toList();
        assertThat(postings).allSatisfy(p -> {
            assertThat(p.from()).isNotEqualTo(p.to());
            assertThat(p.amount()).isBetween(new BigDecimal("0.01"), new BigDecimal("399.99"));
        });
    }

    @Test
    void remembersWhatItMadeInOrder() {
        RandomTransfers transfers = new RandomTransfers(ACCOUNTS, 1);

        List<TransferRequest> made = make(transfers, 3);

        assertThat(transfers.made()).isEqualTo(made);
        assertThat(made).extracting(TransferRequest::transferId).containsExactly("t-0", "t-1", "t-2");
    }

    private static List<TransferRequest> make(RandomTransfers transfers, int count) {
        return IntStream.range(0, count).mapToObj(i -> transfers.next("t-" + i)).toList();
    }
}
