package io.tcckafka.bench;

import java.util.List;
import java.util.Properties;

import io.tcckafka.events.AccountRef;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.security.UsersFile;

/**
 * The system the benchmark drives: how to reach its broker as a principal, how accounts are opened, which processes
 * to watch.
 */
interface StackUnderTest extends AutoCloseable {

    String BANK_A = "bank-a";
    String BANK_B = "bank-b";
    /** The services' consumer groups (each bank's is its id). */
    List<String> SERVICE_GROUPS = List.of(Principals.ORCHESTRATOR, BANK_A, BANK_B);

    /** The Kafka client settings of the client principal (the load) or of the super user (the raw Kafka baseline). */
    Properties kafkaConfig(String principal);

    /** Opens {@code count} accounts, half at each bank, each holding {@link AccountInserts#OPENING_BALANCE}. */
    List<AccountRef> openAccounts(int count) throws Exception;

    List<MonitoredProcess> processes();

    /** The HTTP operator, who may read the services' actuator; null when the stack authenticates nobody. */
    UsersFile.User operator();

    /** How accounts are opened and what runs where, for the report. */
    String description();

    @Override
    void close();

    static List<String> accountIds(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> String.format("%s%06d", prefix, i)).toList();
    }

    static List<AccountRef> split(List<String> ids) {
        List<AccountRef> accounts = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            accounts.add(new AccountRef(i % 2 == 0 ? BANK_A : BANK_B, ids.get(i)));
        }
        return accounts;
    }
}
