package io.tcckafka.bank.account;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Accounts as the HTTP API reads and opens them; {@link AccountLedger} changes their money. */
public interface AccountRepository extends JpaRepository<Account, String> {

    List<Account> findAllByOrderByIdAsc(Limit limit);

    List<Account> findByIdGreaterThanOrderByIdAsc(String after, Limit limit);
}
