package io.tcckafka.orchestrator.transfer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Branch;
import io.tcckafka.events.Identifiers;
import io.tcckafka.events.Money;
import io.tcckafka.events.Posting;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.InvalidMessageException;

/** The rules of docs/contract.md for a request that parsed; each broken one is named in the rejection's detail. */
public final class RequestValidator {

    private RequestValidator() {
    }

    /** A transferId that breaks this cannot even be answered: the request is dead-lettered instead. */
    public static boolean isValidTransferId(String transferId) {
        return Identifiers.isValid(transferId);
    }

    public static void requireValidTransferId(String transferId) {
        if (!isValidTransferId(transferId)) {
            throw new InvalidMessageException("transferId must be " + Identifiers.RULE + " but was " + transferId);
        }
    }

    /** Why the request must be REJECTED, or empty when it may start. */
    public static Optional<Rejection> rejection(TransferRequest request, Set<String> knownBanks) {
        return formProblem(request)
                .or(() -> postingsProblem(request))
                .map(Rejection::invalid)
                .or(() -> unknownBank(request.allPostings(), prefix(request), knownBanks));
    }

    private static Optional<String> formProblem(TransferRequest request) {
        if (request.hasSingleForm() && request.postings() != null) {
            return Optional.of("give from, to and amount, or postings, not both");
        }
        if (!request.hasSingleForm() && request.postings() == null) {
            return Optional.of("give from, to and amount, or a list of postings");
        }
        int count = request.allPostings().size();
        if (count > TransferRequest.MAX_POSTINGS || count == 0) {
            return Optional.of("postings must hold 1 to " + TransferRequest.MAX_POSTINGS + " postings, not " + count);
        }
        return Optional.empty();
    }

    private static Optional<String> postingsProblem(TransferRequest request) {
        List<Posting> postings = request.allPostings();
        String prefix = prefix(request);
        for (int i = 0; i < postings.size(); i++) {
            Optional<String> problem = problem(postings.get(i));
            if (problem.isPresent()) {
                return Optional.of(prefix.formatted(i) + problem.get());
            }
        }
        return TransferBranch.plan(postings).stream()
                .filter(branch -> !Money.isValidAmount(branch.amount()))
                .findFirst()
                .map(branch -> "the postings move more than " + Money.MAX.toPlainString() + " "
                        + (branch.branch() == Branch.DEBIT ? "from " : "to ")
                        + branch.accountName() + ", which no account can hold");
    }

    private static Optional<String> problem(Posting posting) {
        if (posting == null) {
            return Optional.of("a posting must be an object with from, to and amount");
        }
        if (!isValidAccount(posting.from())) {
            return Optional.of("from must be a bank and an account, each " + Identifiers.RULE);
        }
        if (!isValidAccount(posting.to())) {
            return Optional.of("to must be a bank and an account, each " + Identifiers.RULE);
        }
        if (posting.from().equals(posting.to())) {
            return Optional.of("from and to are the same account");
        }
        if (!Money.isValidAmount(posting.amount())) {
            return Optional.of("amount must be " + Money.AMOUNT_RULE);
        }
        return Optional.empty();
    }

    private static Optional<Rejection> unknownBank(List<Posting> postings, String prefix, Set<String> knownBanks) {
        for (int i = 0; i < postings.size(); i++) {
            Posting posting = postings.get(i);
            for (AccountRef account : List.of(posting.from(), posting.to())) {
                if (!knownBanks.contains(account.bank())) {
                    return Optional.of(new Rejection(Reason.UNKNOWN_BANK, prefix.formatted(i) + "bank "
                            + account.bank() + " is not one the orchestrator knows"));
                }
            }
        }
        return Optional.empty();
    }

    /** How the detail names a posting: not at all in the single form, {@code postings[i]: } in the list. */
    private static String prefix(TransferRequest request) {
        return request.postings() == null ? "" : "postings[%d]: ";
    }

    private static boolean isValidAccount(AccountRef ref) {
        return ref != null && Identifiers.isValid(ref.bank()) && Identifiers.isValid(ref.account());
    }
}
