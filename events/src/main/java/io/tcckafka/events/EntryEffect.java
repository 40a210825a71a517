package io.tcckafka.events;

import java.math.BigDecimal;

/**
 * The one rule for what each kind of journal entry does to an account: which of balance, frozen and incoming it
 * moves, and in which direction (+1, 0 or -1 times its amount). A debit's Try freezes, its Confirm takes the frozen
 * money out of the balance, its Cancel unfreezes; a credit's Try books incoming money, its Confirm moves it into the
 * balance, its Cancel drops it; opening puts the first balance in.
 */
public record EntryEffect(int balanceSign, int frozenSign, int incomingSign) {

    private static final EntryEffect OPEN = new EntryEffect(1, 0, 0);
    private static final EntryEffect FREEZE = new EntryEffect(0, 1, 0);
    private static final EntryEffect DEBIT_FROZEN = new EntryEffect(-1, -1, 0);
    private static final EntryEffect UNFREEZE = new EntryEffect(0, -1, 0);
    private static final EntryEffect BOOK_INCOMING = new EntryEffect(0, 0, 1);
    private static final EntryEffect CREDIT_INCOMING = new EntryEffect(1, 0, -1);
    private static final EntryEffect DROP_INCOMING = new EntryEffect(0, 0, -1);

    /** {@code branch} is ignored for {@link EntryKind#OPEN} and required otherwise. */
    public static EntryEffect of(EntryKind kind, Branch branch) {
        if (kind == EntryKind.OPEN) {
            return OPEN;
        }
        boolean debit = switch (branch) {
            case DEBIT -> true;
            case CREDIT -> false;
        };
        return switch (kind) {
            case TRY -> debit ? FREEZE : BOOK_INCOMING;
            case CONFIRM -> debit ? DEBIT_FROZEN : CREDIT_INCOMING;
            case CANCEL -> debit ? UNFREEZE : DROP_INCOMING;
            case OPEN -> OPEN;
        };
    }

    public static EntryEffect of(Phase phase, Branch branch) {
        return of(EntryKind.valueOf(phase.name()), branch);
    }

    public BigDecimal balance(BigDecimal amount) {
        return times(balanceSign, amount);
    }

    public BigDecimal frozen(BigDecimal amount) {
        return times(frozenSign, amount);
    }

    public BigDecimal incoming(BigDecimal amount) {
        return times(incomingSign, amount);
    }

    private static BigDecimal times(int sign, BigDecimal amount) {
        return sign == 0 ? BigDecimal.ZERO : sign > 0 ? amount : amount.negate();
    }
}
