package io.ispflow.server.lifecycle;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With ISPFLOW_LOG_FORMAT=ecs every log line is a JSON object, and a request's lines say which request, tenant and operator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_logs",
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.radius.datasource.url=${ISPFLOW_TEST_PG_SERVER:jdbc:postgresql://127.0.0.1:5432/}${ISPFLOW_TEST_DB_PREFIX:ispflow}_logs_radius",
        "ispflow.radius.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "ispflow.radius.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.bootstrap.admin-password=" + ApiTest.ADMIN_PASSWORD,
        "ISPFLOW_LOG_FORMAT=ecs",
        // a line inside every request, where the request's keys are set
        "logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogTest {

    static {
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_logs");
        TestDatabases.freshPostgres(TestDatabases.PREFIX + "_logs_radius");
    }

    @LocalServerPort
    int port;

    @Test
    void aSignedInRequestsLogLinesCarryItsRequestIdTenantAndOperator(CapturedOutput output) {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);

        Api.Answer created = api.post("/api/v1/packages", Map.of("name", "Logged", "downloadKbps", 1000, "uploadKbps", 1000));

        List<JsonNode> lines = jsonLines(output);
        assertThat(lines).isNotEmpty();
        JsonNode line = lines.stream().filter(json -> created.requestId().equals(text(json, "requestId"))).findFirst().orElseThrow();
        assertThat(text(line, "tenantId")).matches("[0-9a-f-]{36}");
        assertThat(text(line, "operatorId")).matches("[0-9a-f-]{36}");
        assertThat(text(line, "message")).isNotBlank();
    }

    @Test
    void aRequestWithoutATokenCarriesItsRequestIdAndNoOneElses(CapturedOutput output) {
        new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);

        Api.Answer login = new Api(port).post("/api/v1/auth/login", Map.of("username", "admin", "password", ApiTest.ADMIN_PASSWORD));

        JsonNode line = jsonLines(output).stream().filter(json -> login.requestId().equals(text(json, "requestId")))
                .findFirst().orElseThrow();
        assertThat(line.has("tenantId")).isFalse();
        assertThat(line.has("operatorId")).isFalse();
    }

    private static List<JsonNode> jsonLines(CapturedOutput output) {
        JsonMapper json = JsonMapper.builder().build();
        return output.getOut().lines().filter(line -> line.startsWith("{")).map(json::readTree).toList();
    }

    private static String text(JsonNode json, String field) {
        return json.has(field) ? json.get(field).asString() : null;
    }
}
