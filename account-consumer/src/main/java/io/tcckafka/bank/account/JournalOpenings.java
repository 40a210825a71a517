package io.tcckafka.bank.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.tcckafka.participant.ParticipantSchema;

/**
 * Accounts opened before this bank kept a journal (an upgrade) get their opening entry once, at start-up, before the
 * command listener starts: their money as it stands, so that each later change follows it in the journal. Upgrade with
 * no transfer in flight: a hold taken before would be in the opening entry's money, and not in a Try entry of its own.
 */
@Component
public class JournalOpenings {

    private static final Logger log = LoggerFactory.getLogger(JournalOpenings.class);
    private static final String WITHOUT_ONE = """
            FROM account a WHERE NOT EXISTS (SELECT 1 FROM account_journal j WHERE j.account = a.id AND j.kind = 'OPEN')""";
    /** Writes the opening entry, the account's money as it stands, of every account that has none. */
    public static final String WRITE_MISSING = "INSERT INTO account_journal (account, kind, amount, balance, frozen, "
            + "incoming) SELECT a.id, 'OPEN', a.balance, a.balance, a.frozen, a.incoming " + WITHOUT_ONE;

    public JournalOpenings(JdbcTemplate jdbc, TransactionTemplate transactions, ParticipantSchema journalReady) {
        if (jdbc.queryForObject("SELECT COUNT(*) " + WITHOUT_ONE, Long.class) == 0) {
            return;
        }
        // two instances upgrading at once: the second waits on the locks, then finds the first one's entries
        Integer added = transactions.execute(status -> {
            jdbc.query("SELECT id FROM account FOR UPDATE", row -> {
            });
            return jdbc.update(WRITE_MISSING);
        });
        log.info("Wrote the opening journal entries of {} accounts opened before the journal existed", added);
    }
}
