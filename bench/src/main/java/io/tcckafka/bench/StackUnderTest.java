package io.tcckafka.bench;

import java.util.List;

import io.tcckafka.events.AccountRef;

/** The system the benchmark drives: where its broker is, how accounts are opened, which processes to watch. */
interface StackUnderTest extends AutoCloseable {

    String BANK_A = "bank-a";
    String BANK_B = "bank-b";

    String bootstrapServers();

    /** Opens {@code count} accounts, half at each bank, each holding {@link AccountInserts#OPENING_BALANCE}. */
    List<AccountRef> openAccounts(int count) throws Exception;

    List<MonitoredProcess> processes();

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
