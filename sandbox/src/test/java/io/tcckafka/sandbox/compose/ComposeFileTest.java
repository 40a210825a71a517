package io.tcckafka.sandbox.compose;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.tcckafka.orchestrator.dashboard.DashboardProperties;
import io.tcckafka.provisioning.Deployment;
import io.tcckafka.provisioning.Principals;
import io.tcckafka.sandbox.ProjectFiles;
import io.tcckafka.security.Roles;
import kafka.server.KafkaConfig;

/**
 * compose/compose.yaml against the applications it deploys. No Docker engine runs where the build does, so this is
 * what keeps the file honest: every variable it sets is one the service reads; the ports, databases, broker address,
 * scrape targets and health conditions agree with each other and with the services' configuration; and it is as
 * secure as docs/security.md says: SCRAM over TLS with ACLs, each service its own principal and database user, every
 * secret from the environment, Kafbat UI read-only behind a login.
 */
class ComposeFileTest {

    private static final Path PROJECT = ProjectFiles.path(".");
    private static final ComposeFile COMPOSE = ComposeFile.read(ProjectFiles.path("compose/compose.yaml"));
    private static final String KAFKA = "kafka";
    private static final String MYSQL = "mysql";
    private static final String PROMETHEUS = "prometheus";
    private static final String PROVISION = "provision";
    /** How compose.yaml refers to a secret: a variable of the environment (compose/.env) that must be set. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{\\w+:\\?[^}]*}");
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
        Map<String, URI> urls = new DashboardProperties(List.of(configured.split("\\s*,\\s*")), null, 0, null, null).bankUrls();

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
        Properties broker = brokerConfig();
        Map<String, String> advertised = listeners(broker.getProperty("advertised.listeners"));
        String internal = advertised.get(broker.getProperty("inter.broker.listener.name"));

        assertThat(internal).startsWith(KAFKA + ":");
        applications().forEach(service -> assertThat(service.property("spring.kafka.bootstrap-servers"))
                .as("%s's bootstrap servers", service).isEqualTo(internal));
        assertThat(COMPOSE.service("kafka-ui").environment().get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"))
                .isEqualTo(internal);
        assertThat(COMPOSE.service(PROVISION).command()).containsSequence("--bootstrap-server", internal);
        advertised.values().stream().filter(address -> !address.equals(internal)).forEach(hostListener -> {
            int port = Integer.parseInt(hostListener.substring(hostListener.lastIndexOf(':') + 1));
            assertThat(hostListener).startsWith("localhost:");
            assertThat(COMPOSE.service(KAFKA).ports()).contains(new PortMapping(port, port));
        });
    }

    @Test
    void theBrokerAuthenticatesEveryClientOverTlsAndDeniesWhatNoAclAllows() {
        Properties broker = brokerConfig();
        Map<String, String> protocols = listeners(broker.getProperty("listener.security.protocol.map").replace(":", "://"));

        protocols.forEach((listener, protocol) -> assertThat(protocol).as(listener)
                .isEqualTo(listener.equals(broker.getProperty("controller.listener.names")) ? "SASL_PLAINTEXT"
                        : "SASL_SSL"));
        assertThat(broker).containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("listener.name.controller.sasl.enabled.mechanisms", "PLAIN")
                .containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
                .containsEntry("super.users", "User:admin")
                .containsEntry("allow.everyone.if.no.acl.found", "false")
                .containsEntry("auto.create.topics.enable", "false")
                .containsEntry("ssl.truststore.location", "/tls/ca.pem");
        // Kafka itself takes the configuration, with test values for what the environment gives
        var config = KafkaConfig.fromProps(withTestSecrets(broker));
        assertThat(config.listeners().size()).isEqualTo(3);
        assertThat(COMPOSE.service(KAFKA).environment()).containsKeys("KAFKA_ADMIN_PASSWORD", "KAFKA_KEYSTORE_PASSWORD");
        assertThat(COMPOSE.readFile("kafka/start.sh")).contains("--add-scram \"SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]\"");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void everyServiceConnectsAsItsOwnPrincipalOverTlsWithThePasswordTheProvisioningGaveIt(DeployedService service) {
        String principal = service.property("tcc.kafka.username");
        Map<String, String> provisioned = COMPOSE.service(PROVISION).environment();

        assertThat(service.property("spring.kafka.security.protocol")).isEqualTo("SASL_SSL");
        assertThat(service.property("spring.kafka.ssl.trust-store-location")).isEqualTo("file:/tls/ca.pem");
        assertThat(service.service().mountedAt("/tls")).isPresent();
        assertThat(service.environment().get("TCC_KAFKA_PASSWORD")).as("%s's Kafka password", service)
                .isEqualTo(provisioned.get(Principals.passwordVariable(principal)))
                .matches(REQUIRED_VARIABLE);
    }

    @Test
    void theProvisioningKnowsExactlyTheBanksAndPrincipalsDeployed() {
        List<String> command = COMPOSE.service(PROVISION).command();
        String banks = command.get(command.indexOf("--banks") + 1);
        Map<String, String> passwords = COMPOSE.service(PROVISION).environment();

        assertThat(Set.of(banks.split(","))).isEqualTo(banks().stream().map(bank -> bank.property("tcc.bank.id"))
                .collect(toSet()));
        Deployment.of(List.of(banks.split(","))).principals().forEach(principal -> assertThat(passwords)
                .as("a password for %s", principal).containsKey(Principals.passwordVariable(principal)));
        assertThat(command).doesNotContain("--replication-factor");
        assertThat(brokerConfig()).containsEntry("offsets.topic.replication.factor", "1");
        applications().forEach(service -> assertThat(service.service().dependsOn())
                .containsEntry(PROVISION, "service_completed_successfully"));
    }

    @Test
    void everySecretComesFromTheEnvironmentAndNothingRunsWithAnEmptyPassword() {
        Matcher variables = Pattern.compile("\\$\\{(\\w+)(:[?-][^}]*)?}").matcher(COMPOSE.text());
        Set<String> used = new TreeSet<>();
        while (variables.find()) {
            assertThat(variables.group(2)).as("${%s} must be required (:?)", variables.group(1)).startsWith(":?");
            used.add(variables.group(1));
        }
        assertThat(COMPOSE.readFile("make-env.sh")).as("make-env.sh writes every variable compose.yaml needs")
                .contains(used);
        assertThat(COMPOSE.service(MYSQL).environment()).doesNotContainKey("MYSQL_ALLOW_EMPTY_PASSWORD")
                .containsEntry("MYSQL_ROOT_PASSWORD", "${MYSQL_ROOT_PASSWORD:?run compose/make-env.sh}");
        applications().forEach(service -> {
            assertThat(service.property("spring.datasource.username")).as("%s's database user", service)
                    .isNotEqualTo("root");
            assertThat(service.environment().get("SPRING_DATASOURCE_PASSWORD")).matches(REQUIRED_VARIABLE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void everyServiceChecksTheHttpUsersOfTheComposeConfig(DeployedService service) {
        String file = service.property("tcc.security.users-file");
        String config = service.service().configAt(file).orElseThrow(() -> new AssertionError(service
                + " mounts no config at " + file));

        assertThat(COMPOSE.configContent(config).lines().map(line -> line.substring(0, line.indexOf('='))))
                .containsExactlyInAnyOrder(Roles.CLIENT, Roles.OPERATOR, Roles.ADMIN);
        assertThat(COMPOSE.configContent(config)).doesNotContainPattern("=[a-z]+:[^$]");
    }

    @Test
    void eachServiceUsesADatabaseUserThatMaySeeOnlyItsOwnDatabase() {
        String script = initScript();
        applications().forEach(service -> {
            String user = service.property("spring.datasource.username");
            assertThat(script).as("%s's user", service).contains("CREATE USER IF NOT EXISTS '" + user + "'@'%'")
                    .contains("GRANT ALL PRIVILEGES ON " + database(service) + ".* TO '" + user + "'@'%'");
        });
        assertThat(script).doesNotContain("*.*");
    }

    @Test
    void kafbatUiIsReadOnlyBehindALoginAndReadsAsTheOperator() {
        Map<String, String> ui = COMPOSE.service("kafka-ui").environment();

        assertThat(ui).containsEntry("AUTH_TYPE", "LOGIN_FORM").containsEntry("KAFKA_CLUSTERS_0_READONLY", "true")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SECURITY_PROTOCOL", "SASL_SSL")
                .containsEntry("KAFKA_CLUSTERS_0_PROPERTIES_SSL_TRUSTSTORE_LOCATION", "/tls/ca.pem");
        assertThat(ui.get("SPRING_SECURITY_USER_PASSWORD")).matches(REQUIRED_VARIABLE);
        assertThat(ui.get("KAFKA_CLUSTERS_0_PROPERTIES_SASL_JAAS_CONFIG")).contains("username=\"operator\"")
                .contains(COMPOSE.service(PROVISION).environment().get(Principals.passwordVariable(Principals.OPERATOR)));
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
    void prometheusScrapesAsTheOperatorWithTheSecretItIsGiven() {
        Path config = COMPOSE.service(PROMETHEUS).mountedAt("/etc/prometheus/prometheus.yml").orElseThrow();
        String secret = COMPOSE.service(PROMETHEUS).secrets().get(0);

        YamlTree.list(YamlTree.load(config).get("scrape_configs")).stream().map(YamlTree::map).forEach(job -> {
            Map<String, Object> auth = YamlTree.map(job.get("basic_auth"));
            assertThat(auth).as("%s authenticates", job.get("job_name")).containsEntry("username", Roles.OPERATOR)
                    .containsEntry("password_file", "/run/secrets/" + secret);
        });
        assertThat(YamlTree.map(COMPOSE.secrets().get(secret))).containsEntry("environment", "HTTP_OPERATOR_PASSWORD");
        assertThat(COMPOSE.configContent("http-users")).contains("operator=operator:${HTTP_OPERATOR_PASSWORD");
    }

    @Test
    void everyServiceHasAHealthCheckOrRunsOnce() {
        assertThat(COMPOSE.services().values()).allSatisfy(service -> assertThat(hasHealthcheck(service)
                || COMPOSE.oneShots().contains(service)).as("%s has a health check or runs once", service).isTrue());
    }

    @Test
    void servicesWaitForTheirDependenciesToBeHealthyOrDone() {
        COMPOSE.services().values().forEach(service -> service.dependsOn().forEach((dependency, condition) -> {
            if (COMPOSE.oneShots().contains(COMPOSE.service(dependency))) {
                assertThat(condition).as("%s waits for %s to finish", service, dependency)
                        .isEqualTo("service_completed_successfully");
            } else {
                assertThat(condition).as("%s waits for %s", service, dependency).isEqualTo("service_healthy");
                assertThat(hasHealthcheck(COMPOSE.service(dependency))).as("%s has a health check", dependency)
                        .isTrue();
            }
        }));
        applications().forEach(service -> assertThat(service.service().dependsOn()).containsKeys(KAFKA, MYSQL));
    }

    static List<ComposeService> builtServices() {
        return COMPOSE.services().values().stream().filter(service -> service.build().isPresent()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtServices")
    void theImageRunsTheJarTheBuildMakesAsAnUnprivilegedUser(ComposeService service) {
        ComposeService.Build build = service.build().orElseThrow();
        String module = build.args().get(DeployedService.MODULE_ARG);
        Dockerfile image = Dockerfile.read(build.dockerfile(), build.args());
        String jar = BuildOutput.executableJar(PROJECT, module);

        assertThat(build.context()).isEqualTo(PROJECT.toAbsolutePath().normalize());
        assertThat(image.from()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(image.copiedSources()).as("%s copies %s", service, jar)
                .anyMatch(source -> FileSystems.getDefault().getPathMatcher("glob:" + source).matches(Path.of(jar)));
        assertThat(image.runsAsRoot()).as("%s runs as root", service).isFalse();
        assertThat(image.healthcheck()).isTrue();
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

    private static String initScript() {
        Path script = COMPOSE.service(MYSQL).mountedAt("/docker-entrypoint-initdb.d/init.sh").orElseThrow();
        return COMPOSE.readFile(COMPOSE.folder().relativize(script).toString());
    }

    private static Properties brokerConfig() {
        Path folder = COMPOSE.service(KAFKA).mountedAt("/etc/tcc/kafka").orElseThrow();
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(folder.resolve("server.properties"))) {
            config.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return config;
    }

    private static Properties withTestSecrets(Properties config) {
        Properties resolved = new Properties();
        config.stringPropertyNames().stream().filter(name -> !name.startsWith("config.providers"))
                .forEach(name -> resolved.put(name, config.getProperty(name).replaceAll("\\$\\{env:\\w+}", "test-secret")));
        return resolved;
    }

    private static List<String> initScriptDatabases() {
        Matcher matcher = CREATE_DATABASE.matcher(initScript());
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
        if (service.disablesHealthcheck()) {
            return false;
        }
        return service.declaresHealthcheck() || service.build()
                .map(build -> Dockerfile.read(build.dockerfile(), build.args()).healthcheck()).orElse(false);
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
