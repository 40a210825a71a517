package io.tcckafka.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Posting;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.launcher.load.AccountPicker;

class PayeeTransfersTest {

    private static final AccountPicker ACCOUNTS = AccountPicker.uniform(
            StackUnderTest.split(StackUnderTest.accountIds("a", 100)));

    @Test
    void onePayeeIsASinglePostingOfOneUnit() {
        TransferRequest transfer = new PayeeTransfers(ACCOUNTS, 1, 42).next("b-0");

        assertThat(transfer.transferId()).isEqualTo("b-0");
        assertThat(transfer.hasSingleForm()).isTrue();
        assertThat(transfer.allPostings()).singleElement().satisfies(posting -> {
            assertThat(posting.amount()).isEqualByComparingTo(new BigDecimal("1.00"));
            assertThat(posting.from()).isNotEqualTo(posting.to());
        });
    }

    @Test
    void severalPayeesArePaidOneUnitEachByOnePayer() {
        TransferRequest transfer = new PayeeTransfers(ACCOUNTS, 3, 42).next("b-1");

        assertThat(transfer.hasSingleForm()).isFalse();
        List<Posting> postings = transfer.allPostings();
        assertThat(postings).hasSize(3).extracting(Posting::from).containsOnly(postings.get(0).from());
        List<AccountRef> payees = postings.stream().map(Posting::to).toList();
        assertThat(payees).doesNotHaveDuplicates().doesNotContain(postings.get(0).from());
        assertThat(postings).allSatisfy(p -> assertThat(p.amount()).isEqualByComparingTo(new BigDecimal("1.00")));
    }

    @Test
    void theSameSeedPicksTheSameAccounts() {
        assertThat(new PayeeTransfers(ACCOUNTS, 2, 42).next("x"))
                .isEqualTo(new PayeeTransfers(ACCOUNTS, 2, 42).next("x"));
    }
}
