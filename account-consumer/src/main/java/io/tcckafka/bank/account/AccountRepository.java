package io.tcckafka.bank.account;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Each money change is one conditional UPDATE that checks and changes in the same statement (no read, then
 * write). Each returns the number of rows changed: 0 means the account is missing or the guard did not hold.
 */
public interface AccountRepository extends JpaRepository<Account, String> {

    List<Account> findAllByOrderByIdAsc(Limit limit);

    List<Account> findByIdGreaterThanOrderByIdAsc(String after, Limit limit);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET frozen = frozen + :amount
            WHERE id = :id AND balance - frozen >= :amount""")
    int freeze(String id, BigDecimal amount);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET frozen = frozen - :amount
            WHERE id = :id AND frozen >= :amount""")
    int unfreeze(String id, BigDecimal amount);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET balance = balance - :amount, frozen = frozen - :amount
            WHERE id = :id AND frozen >= :amount""")
    int debitFrozen(String id, BigDecimal amount);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET incoming = incoming + :amount
            WHERE id = :id""")
    int addIncoming(String id, BigDecimal amount);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET incoming = incoming - :amount
            WHERE id = :id AND incoming >= :amount""")
    int dropIncoming(String id, BigDecimal amount);

    @Modifying
    @Query(nativeQuery = true, value = """
            UPDATE account SET balance = balance + :amount, incoming = incoming - :amount
            WHERE id = :id AND incoming >= :amount""")
    int creditIncoming(String id, BigDecimal amount);
}
