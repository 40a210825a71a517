package io.tcckafka.orchestrator.transfer;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.tcckafka.events.AccountRef;
import io.tcckafka.events.Reason;
import io.tcckafka.events.TransferRequest;

/** The rules of docs/contract.md for a request that parsed. */
public final class RequestValidator {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final int MAX_SCALE = 2;
    private static final int MAX_INTEGER_DIGITS = 17;

    private RequestValidator() {
    }

    /** A transferId that breaks this cannot even be answered: the request is dead-lettered instead. */
    public static boolean isValidTransferId(String transferId) {
        return transferId != null && ID.matcher(transferId).matches();
    }

    /** Why the request must be REJECTED, or empty when it may start. */
    public static Optional<Reason> rejection(TransferRequest request, Set<String> knownBanks) {
        if (!isValidAccount(request.from()) || !isValidAccount(request.to()) || request.from().equals(request.to())
                || !isValidAmount(request.amount())) {
            return Optional.of(Reason.INVALID_REQUEST);
        }
        if (!knownBanks.contains(request.from().bank()) || !knownBanks.contains(request.to().bank())) {
            return Optional.of(Reason.UNKNOWN_BANK);
        }
        return Optional.empty();
    }

    private static boolean isValidAccount(AccountRef ref) {
        return ref != null && ref.bank() != null && ID.matcher(ref.bank()).matches()
                && ref.account() != null && ID.matcher(ref.account()).matches();
    }

    private static boolean isValidAmount(BigDecimal amount) {
        return amount != null && amount.signum() > 0 && amount.scale() <= MAX_SCALE
                && amount.precision() - amount.scale() <= MAX_INTEGER_DIGITS;
    }
}
