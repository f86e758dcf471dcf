package io.ispflow.server.deploy;

import io.ispflow.server.freeradius.FreeRadiusDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml is the production shape: validated by docker-compose itself, then read back
 * resolved. Its FreeRADIUS runs the repository's freeradius/ directory, the one the FreeRADIUS tests run.
 */
class ComposeFileTest {

    private static final FreeRadiusDirectory FREERADIUS = FreeRadiusDirectory.checkedIn();
    private static final Path REPOSITORY = FREERADIUS.root().getParent();
    private static final DockerCompose COMPOSE = new DockerCompose(REPOSITORY);
    private static final List<String> ISPFLOW_SERVICES = List.of("command-query", "projections", "radius");

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void resolve() {
        DockerCompose.Run config = COMPOSE.run("compose.env.example", "config");
        assertThat(config.exitCode()).as(config.errors()).isZero();
        services = (Map<String, Map<String, Object>>) new Yaml().<Map<String, Object>>load(config.output()).get("services");
    }

    @Test
    void theComposeFileIsValidWithTheExampleEnvironment() {
        DockerCompose.Run check = COMPOSE.run("compose.env.example", "config", "-q");

        assertThat(check.exitCode()).as(check.errors()).isZero();
    }

    @Test
    void withoutItsSecretsTheComposeFileDoesNotResolve() throws IOException {
        Path noVariables = Files.createTempFile("compose", ".env");

        DockerCompose.Run check = COMPOSE.run(noVariables.toString(), "config", "-q");

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.errors()).contains("set ISPFLOW_DB_PASSWORD");
    }

    @Test
    void theProductionShapeHasEveryService() {
        assertThat(services).containsOnlyKeys("postgres", "mariadb", "axonserver", "kafka", "command-query",
                "projections", "radius", "freeradius", "gateway");
    }

    @Test
    void ispflowRunsAsThreeProcessesWithTheirRoles() {
        assertThat(environment("command-query")).containsEntry("ISPFLOW_ROLES", "command,query");
        assertThat(environment("projections")).containsEntry("ISPFLOW_ROLES", "projections,integration");
        assertThat(environment("radius")).containsEntry("ISPFLOW_ROLES", "radius");
    }

    @Test
    void everyIspflowProcessReachesTheDatabasesAndKafkaWithItsSecrets() {
        for (String service : ISPFLOW_SERVICES) {
            assertThat(environment(service)).as(service)
                    .containsEntry("SPRING_PROFILES_ACTIVE", "")
                    .containsEntry("ISPFLOW_AXONSERVER_SERVERS", "axonserver:8124")
                    .containsEntry("ISPFLOW_DB_URL", "jdbc:postgresql://postgres:5432/ispflow")
                    .containsEntry("ISPFLOW_RADIUS_DB_URL", "jdbc:mysql://mariadb:3306/radius")
                    .containsEntry("ISPFLOW_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
                    .containsEntry("ISPFLOW_JWT_SECRET", "change-me-to-32-or-more-random-characters")
                    .containsKey("ISPFLOW_MASTER_KEY")
                    .containsEntry("ISPFLOW_LOG_FORMAT", "ecs");
        }
    }

    @Test
    void ispflowProcessesAreHealthyWhenReadyAndPublishNoPort() {
        for (String service : ISPFLOW_SERVICES) {
            Map<String, Object> healthcheck = map(services.get(service).get("healthcheck"));
            assertThat(healthcheck.get("test")).as(service).asString().contains("/actuator/health/readiness");
            assertThat(services.get(service)).as(service).doesNotContainKey("ports");
        }
    }

    @Test
    void onlyTheGatewayPublishesHttpWithTheConfigurationGatewayTestRuns() {
        assertThat(services.get("gateway").get("ports")).asString().contains("8080");
        assertThat(services.get("gateway")).containsKey("healthcheck");
        assertThat(list(services.get("gateway").get("volumes")))
                .contains(REPOSITORY.resolve("deploy/gateway/nginx.conf") + ":/etc/nginx/nginx.conf:ro");
    }

    @Test
    void freeRadiusRunsTheRepositorysConfigurationReadOnly() {
        assertThat(list(services.get("freeradius").get("volumes")))
                .contains(FREERADIUS.root() + ":/etc/freeradius/ispflow:ro");
        assertThat(services.get("freeradius").get("command")).isNull();
    }

    @Test
    void freeRadiusGetsEveryVariableItsConfigurationReadsPointedAtTheComposeDatabase() {
        Map<String, Object> environment = environment("freeradius");

        assertThat(environment).containsKeys(FREERADIUS.variablesRead().toArray(String[]::new));
        assertThat(environment).containsEntry("TZ", "UTC")
                .containsEntry("ISPFLOW_RADIUS_DB_HOST", "mariadb")
                .containsEntry("ISPFLOW_RADIUS_DB_USER", "freeradius")
                .containsEntry("ISPFLOW_RADIUS_DB_PASSWORD", "change-me-freeradius");
        assertThat(list(services.get("freeradius").get("ports"))).hasSize(2);
    }

    @Test
    void routersAreToldTheRadiusPortsFreeRadiusListensOnAndPublishes() {
        for (String variable : List.of("ISPFLOW_RADIUS_AUTH_PORT", "ISPFLOW_RADIUS_ACCT_PORT")) {
            Object port = environment("freeradius").get(variable);
            for (String service : ISPFLOW_SERVICES) {
                assertThat(environment(service)).as(service).containsEntry(variable, port);
            }
            assertThat(list(services.get("freeradius").get("ports"))).as(variable)
                    .anyMatch(published -> published.toString().endsWith(":" + port + ":" + port + "/udp"));
        }
        for (String service : ISPFLOW_SERVICES) {
            assertThat(environment(service)).as(service).containsKey("ISPFLOW_RADIUS_COA_PORT");
        }
    }

    @Test
    void axonServerIsOptInWithTheAxonserverProfileOfComposeAndOfIspflow() {
        assertThat(list(services.get("axonserver").get("profiles"))).containsExactly("axonserver");
        for (String service : ISPFLOW_SERVICES) {
            assertThat(map(services.get(service).get("depends_on"))).as(service).doesNotContainKey("axonserver");
        }
    }

    @Test
    void axonServerRunsTheRepositorysProperties() {
        assertThat(list(services.get("axonserver").get("volumes")))
                .contains(REPOSITORY.resolve("axon-server/axonserver.properties") + ":/axonserver/config/axonserver.properties:ro");
    }

    private static Map<String, Object> environment(String service) {
        return map(services.get(service).get("environment"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
