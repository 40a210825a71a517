package io.tcckafka.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.tcckafka.events.AccountRef;
import io.tcckafka.launcher.Cluster;
import io.tcckafka.launcher.Layout;
import io.tcckafka.provisioning.KafkaAccess.Protocol;
import io.tcckafka.security.Roles;
import io.tcckafka.security.UsersFile;
import io.tcckafka.testing.TestDatabase;

/**
 * The system as it is deployed, started by the benchmark: the broker, one orchestrator and the two banks as OS
 * processes from their jars (launcher's {@link Cluster}, its links idle), a database per service on the MariaDB
 * server. Accounts are inserted straight into the banks' databases, which takes a second for 10,000 where the HTTP
 * API would take a minute.
 */
final class LaunchedStack implements StackUnderTest {

    /**
     * Full JIT, the heap the issue allows, and G1 regions of 4 MB as the services' image sets them (docs/scaling.md,
     * "The JVM"); the chaos tests' JVMs are small and C1-only to start fast.
     */
    static final List<String> JVM = List.of("-Xmx512m", "-XX:G1HeapRegionSize=4m");

    private final Cluster cluster;
    private final List<String> serviceArgs;

    private LaunchedStack(Cluster cluster, List<String> serviceArgs) {
        this.cluster = cluster;
        this.serviceArgs = serviceArgs;
    }

    /**
     * @param serviceArgs more arguments for every service, e.g. {@code --spring.kafka.listener.concurrency=1}
     * @param security    of the broker's listeners and so of every client
     */
    static LaunchedStack start(Path projectDir, Path workDir, List<String> serviceArgs, Protocol security) {
        List<String> arguments = new ArrayList<>(List.of("--logging.level.org.apache.kafka=WARN"));
        arguments.addAll(serviceArgs);
        var layout = new Layout(1, 1, arguments, JVM, false, security);
        return new LaunchedStack(Cluster.start(projectDir, workDir, layout), serviceArgs);
    }

    @Override
    public Properties kafkaConfig(String principal) {
        return cluster.access().kafka().as(principal).clientConfig();
    }

    @Override
    public List<AccountRef> openAccounts(int count) throws Exception {
        List<AccountRef> accounts = StackUnderTest.split(StackUnderTest.accountIds("acct-", count));
        for (String bank : List.of(BANK_A, BANK_B)) {
            try (Connection connection = DriverManager.getConnection(cluster.databaseUrl(bank), TestDatabase.USER,
                    TestDatabase.PASSWORD)) {
                AccountInserts.insert(connection,
                        accounts.stream().filter(a -> a.bank().equals(bank)).map(AccountRef::account).toList());
                AccountInserts.journalOpenings(connection);
            }
        }
        return accounts;
    }

    @Override
    public List<MonitoredProcess> processes() {
        List<MonitoredProcess> processes = new ArrayList<>();
        for (String instance : List.of(Cluster.ORCHESTRATOR, Cluster.BANK_A, Cluster.BANK_B)) {
            processes.add(new MonitoredProcess(instance, cluster.pid(instance), cluster.baseUrl(instance)));
        }
        processes.add(new MonitoredProcess("kafka broker", cluster.pid(Cluster.KAFKA), null));
        processes.add(new MonitoredProcess("mariadb", ProcFiles.pidNamed("mariadbd", "mysqld").orElse(0), null));
        processes.add(new MonitoredProcess("bench (load, baselines)", ProcessHandle.current().pid(),
                null));
        return processes;
    }

    @Override
    public UsersFile.User operator() {
        return cluster.access().user(Roles.OPERATOR);
    }

    @Override
    public String description() {
        return "processes: broker (" + cluster.access().kafka().admin().protocol() + "), 1 orchestrator, bank-a, "
                + "bank-b (JVM " + JVM + "), reaching the broker and MariaDB directly"
                + (serviceArgs.isEmpty() ? "" : ", service arguments " + serviceArgs)
                + "; accounts inserted into the banks' databases";
    }

    @Override
    public void close() {
        cluster.close();
    }
}
