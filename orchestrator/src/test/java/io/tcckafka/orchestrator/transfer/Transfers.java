package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.BranchReply;
import io.tcckafka.events.Outcome;
import io.tcckafka.events.Phase;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;

/** Transfers and replies for the unit tables, written short: accounts as {@code bank-a/2}. */
public final class Transfers {

    public static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");
    public static final Duration TRY_TIMEOUT = Duration.ofSeconds(10);
    public static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

    private Transfers() {
    }

    public static AccountRef account(String bankSlashAccount) {
        String[] parts = bankSlashAccount.split("/", 2);
        return new AccountRef(parts[0], parts[1]);
    }

    public static Posting posting(String from, String to, String amount) {
        return new Posting(account(from), account(to), new BigDecimal(amount));
    }

    /** Accepted at {@link #T0}. */
    public static Transfer accepted(String id, Posting... postings) {
        var request = TransferRequest.of(id, Arrays.asList(postings));
        return Transfer.accept(id, RequestFingerprint.of(request), List.of(postings), T0, TRY_TIMEOUT);
    }

    /** The reply of the bank that holds the account, for the amount the transfer's branch has. */
    public static BranchReply reply(Transfer transfer, Phase phase, Branch side, String account, Reason failure) {
        AccountRef ref = account(account);
        BigDecimal amount = transfer.branches().stream()
                .filter(b -> b.branch() == side && b.account().equals(ref))
                .map(TransferBranch::amount).findFirst().orElse(BigDecimal.ONE);
        return new BranchReply(transfer.id(), side, phase, ref.bank(), ref.account(), amount,
                failure == null ? Outcome.SUCCEEDED : Outcome.FAILED, failure);
    }
}
