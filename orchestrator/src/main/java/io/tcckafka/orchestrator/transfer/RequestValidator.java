package io.tcckafka.orchestrator.transfer;

import java.util.Optional;
import java.util.Set;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Identifiers;
import io.tcckafka.events.Money;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;
import io.tcckafka.kafka.InvalidMessageException;

/** The rules of docs/contract.md for a request that parsed. */
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
    public static Optional<Reason> rejection(TransferRequest request, Set<String> knownBanks) {
        if (!isValidAccount(request.from()) || !isValidAccount(request.to()) || request.from().equals(request.to())
                || !Money.isValidAmount(request.amount())) {
            return Optional.of(Reason.INVALID_REQUEST);
        }
        if (!knownBanks.contains(request.from().bank()) || !knownBanks.contains(request.to().bank())) {
            return Optional.of(Reason.UNKNOWN_BANK);
        }
        return Optional.empty();
    }

    private static boolean isValidAccount(AccountRef ref) {
        return ref != null && Identifiers.isValid(ref.bank()) && Identifiers.isValid(ref.account());
    }
}
