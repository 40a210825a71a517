-- held: reserved by debit Tries; pending: booked by credit Tries, not spendable until confirmed.
CREATE TABLE wallet (
    id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    balance DECIMAL(19, 2) NOT NULL,
    held    DECIMAL(19, 2) NOT NULL DEFAULT 0,
    pending DECIMAL(19, 2) NOT NULL DEFAULT 0,
    CONSTRAINT wallet_not_negative CHECK (held >= 0 AND pending >= 0 AND held <= balance)
);
