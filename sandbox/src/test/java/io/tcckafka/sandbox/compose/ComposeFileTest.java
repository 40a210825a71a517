package io.tcckafka.sandbox.compose;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.tcckafka.orchestrator.dashboard.DashboardProperties;
import io.tcckafka.sandbox.ProjectFiles;

/**
 * compose/compose.yaml against the applications it deploys. No Docker engine runs where the build does, so this is
 * what keeps the file honest: every variable it sets is one the service reads, and the ports, databases, broker
 * address, scrape targets and health conditions agree with each other and with the services' configuration.
 */
class ComposeFileTest {

    private static final Path PROJECT = ProjectFiles.path(".");
    private static final ComposeFile COMPOSE = ComposeFile.read(ProjectFiles.path("compose/compose.yaml"));
    private static final String KAFKA = "kafka";
    private static final String MYSQL = "mysql";
    private static final String PROMETHEUS = "prometheus";
    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/(\\w+)(\\?.*)?");
    private static final Pattern CREATE_DATABASE =
            Pattern.compile("CREATE DATABASE (?:IF NOT EXISTS )?`?(\\w+)`?", Pattern.CASE_INSENSITIVE);

    static List<DeployedService> applications() {
        return COMPOSE.applications().stream().map(DeployedService::of).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void everyEnvironmentVariableSetsAPropertyTheServiceReads(DeployedService service) {
        service.environment().keySet().forEach(variable -> assertThat(service.application().propertiesBoundBy(variable))
                .as("%s: %s binds to none of the properties %s reads", service, variable, service.application())
                .isNotEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void publishedPortsAreTheServerPort(DeployedService service) {
        assertThat(service.service().ports()).as("%s publishes its HTTP port", service).isNotEmpty()
                .allSatisfy(port -> assertThat(port.container()).as("%s: container port", service)
                        .isEqualTo(service.serverPort()));
    }

    @Test
    void noTwoServicesPublishTheSameHostPort() {
        List<Integer> hostPorts = COMPOSE.services().values().stream()
                .flatMap(service -> service.ports().stream()).map(PortMapping::host).toList();
        assertThat(hostPorts).doesNotHaveDuplicates();
    }

    @Test
    void theOrchestratorKnowsExactlyTheBanksDeployed() {
        Set<String> deployed = banks().stream().map(bank -> bank.property("tcc.bank.id")).collect(toSet());
        String configured = orchestrator().property("tcc.orchestrator.banks");

        assertThat(Set.of(configured.split("\\s*,\\s*"))).isEqualTo(deployed);
    }

    @Test
    void theDashboardReadsEachDeployedBankAtOneOfItsInstances() {
        String configured = orchestrator().property("tcc.orchestrator.dashboard.banks");
        Map<String, URI> urls = new DashboardProperties(List.of(configured.split("\\s*,\\s*")), null, 0).bankUrls();

        assertThat(urls.keySet()).isEqualTo(banks().stream().map(bank -> bank.property("tcc.bank.id")).collect(toSet()));
        urls.forEach((bank, url) -> assertThat(banks())
                .as("%s's dashboard URL %s is a %s instance at its server port", bank, url, bank)
                .anyMatch(service -> service.property("tcc.bank.id").equals(bank)
                        && url.equals(URI.create("http://" + service.name() + ":" + service.serverPort()))));
    }

    @Test
    void eachServiceHasADatabaseOfItsOwnOnTheMysqlServiceThatTheInitScriptCreates() {
        Map<String, Set<String>> databasesByOwner = applications().stream().collect(groupingBy(
                ComposeFileTest::owner, LinkedHashMap::new, mapping(ComposeFileTest::database, toSet())));

        databasesByOwner.forEach((owner, databases) -> assertThat(databases)
                .as("the instances of %s share one database", owner).hasSize(1));
        List<String> owned = databasesByOwner.values().stream().flatMap(Set::stream).toList();
        assertThat(owned).as("no two banks or the orchestrator share a database").doesNotHaveDuplicates();
        assertThat(initScriptDatabases()).containsAll(owned);
    }

    @Test
    void servicesReachKafkaThroughItsInternalListenerAndTheHostThroughAPublishedOne() {
        Map<String, String> kafka = COMPOSE.service(KAFKA).environment();
        Map<String, String> advertised = listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS"));
        String internal = advertised.get(kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME"));

        assertThat(internal).startsWith(KAFKA + ":");
        applications().forEach(service -> assertThat(service.property("spring.kafka.bootstrap-servers"))
                .as("%s's bootstrap servers", service).isEqualTo(internal));
        assertThat(COMPOSE.service("kafka-ui").environment().get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .isEqualTo(internal);
        advertised.values().stream().filter(address -> !address.equals(internal)).forEach(hostListener -> {
            int port = Integer.parseInt(hostListener.substring(hostListener.lastIndexOf(':') + 1));
            assertThat(hostListener).startsWith("localhost:");
            assertThat(COMPOSE.service(KAFKA).ports()).contains(new PortMapping(port, port));
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tcc.kafka.partitions", "tcc.kafka.replicas", "tcc.kafka.command-retention",
            "tcc.kafka.command-segment"})
    void everyServiceDeclaresTheSharedTopicsAlike(String topicSetting) {
        assertThat(applications().stream().map(service -> String.valueOf(service.property(topicSetting))).distinct())
                .as("%s across %s", topicSetting, applications()).hasSize(1);
    }

    @Test
    void topicsAreNotReplicatedBeyondTheSingleBroker() {
        applications().forEach(service -> assertThat(Integer.parseInt(service.property("tcc.kafka.replicas")))
                .as("%s's tcc.kafka.replicas", service).isEqualTo(1));
        assertThat(COMPOSE.service(KAFKA).environment()).containsEntry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .containsEntry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1");
    }

    @Test
    void prometheusScrapesEveryServiceInstanceAtItsPortWithItsBank() {
        Path config = COMPOSE.service(PROMETHEUS).mountedAt("/etc/prometheus/prometheus.yml").orElseThrow();
        List<ScrapeTarget> targets = ScrapeTarget.all(YamlTree.load(config));

        assertThat(targets).extracting(ScrapeTarget::metricsPath).containsOnly("/actuator/prometheus");
        assertThat(targets).extracting(ScrapeTarget::address).containsExactlyInAnyOrderElementsOf(
                applications().stream().map(service -> service.name() + ":" + service.serverPort()).toList());
        banks().forEach(bank -> assertThat(targets)
                .filteredOn(target -> target.address().startsWith(bank.name() + ":"))
                .extracting(target -> target.labels().get("bank")).containsOnly(bank.property("tcc.bank.id")));
    }

    @Test
    void everyServiceHasAHealthCheck() {
        assertThat(COMPOSE.services().values()).allSatisfy(service -> assertThat(hasHealthcheck(service))
                .as("%s has a health check", service).isTrue());
    }

    @Test
    void servicesWaitForTheirDependenciesToBeHealthy() {
        COMPOSE.services().values().forEach(service -> service.dependsOn().forEach((dependency, condition) -> {
            assertThat(condition).as("%s waits for %s", service, dependency).isEqualTo("service_healthy");
            assertThat(hasHealthcheck(COMPOSE.service(dependency))).as("%s has a health check", dependency).isTrue();
        }));
        applications().forEach(service -> assertThat(service.service().dependsOn()).containsKeys(KAFKA, MYSQL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void theImageRunsTheJarTheBuildMakesAsAnUnprivilegedUser(DeployedService service) {
        String jar = BuildOutput.executableJar(PROJECT, service.module());

        assertThat(service.buildContext()).isEqualTo(PROJECT.toAbsolutePath().normalize());
        assertThat(service.image().from()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(service.image().copiedSources()).as("%s copies %s", service, jar)
                .anyMatch(source -> FileSystems.getDefault().getPathMatcher("glob:" + source).matches(Path.of(jar)));
        assertThat(service.image().runsAsRoot()).as("%s runs as root", service).isFalse();
        assertThat(service.image().healthcheck()).isTrue();
    }

    private static DeployedService orchestrator() {
        return applications().stream().filter(s -> s.module().equals("orchestrator")).findFirst().orElseThrow();
    }

    private static List<DeployedService> banks() {
        return applications().stream().filter(s -> s.module().equals("account-consumer")).toList();
    }

    /** The orchestrator, or the bank a bank service is an instance of. */
    private static String owner(DeployedService service) {
        return service.module().equals("orchestrator") ? "orchestrator" : service.property("tcc.bank.id");
    }

    private static String database(DeployedService service) {
        String url = service.property("spring.datasource.url");
        Matcher matcher = MYSQL_URL.matcher(url);
        assertThat(matcher.matches()).as("%s: %s is a MySQL URL", service, url).isTrue();
        assertThat(matcher.group(1)).as("%s's database host", service).isEqualTo(MYSQL);
        assertThat(matcher.group(2)).isEqualTo("3306");
        return matcher.group(3);
    }

    private static List<String> initScriptDatabases() {
        Path script = COMPOSE.service(MYSQL).mountedAt("/docker-entrypoint-initdb.d/init.sql").orElseThrow();
        Matcher matcher = CREATE_DATABASE.matcher(COMPOSE.readFile(COMPOSE.folder().relativize(script).toString()));
        List<String> databases = new ArrayList<>();
        while (matcher.find()) {
            databases.add(matcher.group(1));
        }
        return databases;
    }

    /** {@code NAME://host:port,...} as the address of each listener by its name. */
    private static Map<String, String> listeners(String spec) {
        Map<String, String> byName = new LinkedHashMap<>();
        Arrays.stream(spec.split(",")).map(listener -> listener.split("://"))
                .forEach(parts -> byName.put(parts[0], parts[1]));
        return byName;
    }

    private static boolean hasHealthcheck(ComposeService service) {
        return service.declaresHealthcheck()
                || service.build().map(build -> DeployedService.of(service).image().healthcheck()).orElse(false);
    }

    /** One scrape target of prometheus.yml with its job's metrics path and its group's labels. */
    record ScrapeTarget(String address, String metricsPath, Map<String, Object> labels) {

        static List<ScrapeTarget> all(Map<String, Object> prometheusConfig) {
            return YamlTree.list(prometheusConfig.get("scrape_configs")).stream().map(YamlTree::map)
                    .flatMap(job -> YamlTree.list(job.get("static_configs")).stream().map(YamlTree::map)
                            .flatMap(group -> YamlTree.list(group.get("targets")).stream().map(target ->
                                    new ScrapeTarget(String.valueOf(target),
                                            YamlTree.text(job.getOrDefault("metrics_path", "/metrics")),
                                            YamlTree.map(group.get("labels"))))))
                    .toList();
        }
    }
}
