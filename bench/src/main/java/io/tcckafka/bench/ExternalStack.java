package io.tcckafka.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tcckafka.events.AccountRef;
import io.tcckafka.sandbox.StackClient;

/** A stack that runs already: its broker and its services' URLs. Accounts are opened through the banks' HTTP API. */
final class ExternalStack implements StackUnderTest {

    private final String bootstrapServers;
    private final Map<String, String> urls;

    ExternalStack(String bootstrapServers, Map<String, String> urls) {
        this.bootstrapServers = bootstrapServers;
        this.urls = urls;
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public List<AccountRef> openAccounts(int count) {
        String prefix = "b" + UUID.randomUUID().toString().substring(0, 6) + "-";
        List<AccountRef> accounts = StackUnderTest.split(StackUnderTest.accountIds(prefix, count));
        try (StackClient client = new StackClient(bootstrapServers, urls::get)) {
            accounts.forEach(a -> client.openAccount(a.bank(), a.account(),
                    AccountInserts.OPENING_BALANCE.toPlainString()));
        }
        return accounts;
    }

    @Override
    public List<MonitoredProcess> processes() {
        List<MonitoredProcess> processes = new ArrayList<>();
        urls.forEach((name, url) -> processes.add(new MonitoredProcess(name, 0, url)));
        processes.add(new MonitoredProcess("bench", ProcessHandle.current().pid(), null));
        return processes;
    }

    @Override
    public String description() {
        return "external stack at " + bootstrapServers + " " + urls + "; accounts opened over HTTP";
    }

    @Override
    public void close() {
    }
}
