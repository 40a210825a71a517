package io.tcckafka.bank.account;

import java.math.BigDecimal;

import org.springframework.data.domain.Persistable;

import io.tcckafka.events.AccountView;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * An account's money. Read here, but changed only by {@link AccountRepository}'s conditional updates, so that
 * every check and change is one atomic statement.
 */
@Entity
@Table(name = "account")
public class Account implements Persistable<String> {

    @Id
    private String id;

    @Column(precision = 19, scale = 2)
    private BigDecimal balance;

    @Column(precision = 19, scale = 2)
    private BigDecimal frozen;

    @Column(precision = 19, scale = 2)
    private BigDecimal incoming;

    // always inserted, never merged: opening an existing account must fail on the primary key
    @Transient
    private boolean isNew = true;

    protected Account() {
    }

    public static Account open(String id, BigDecimal balance) {
        var account = new Account();
        account.id = id;
        account.balance = balance;
        account.frozen = BigDecimal.ZERO;
        account.incoming = BigDecimal.ZERO;
        return account;
    }

    @Override
    public String getId() {
        return id;
    }

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal frozen() {
        return frozen;
    }

    public BigDecimal incoming() {
        return incoming;
    }

    /** As the account API shows it; available (what a Try may freeze) leaves out incoming money until its Confirm. */
    public AccountView view() {
        return AccountView.of(id, balance, frozen, incoming);
    }

    @Override
    public boolean isNew() {
        return isNew;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        isNew = false;
    }
}
