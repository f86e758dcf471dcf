package io.ispflow.server.adminapp;

import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin app's API types are generated from its committed copy of the OpenAPI document
 * (admin-ui/openapi.json), so that a changed endpoint breaks the app's build, not its users. This
 * keeps that copy the document the server serves; docs/admin-app.md gives the command that renews it.
 */
@ApiTest
class AdminAppApiSnapshotTest {

    static final Path SNAPSHOT = Path.of("..", "admin-ui", "openapi.json");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Test
    void theAppIsBuiltAgainstTheApiTheServerServes() throws IOException {
        String served = servedDocument();
        if (Boolean.getBoolean("ispflow.openapi.update")) {
            Files.writeString(SNAPSHOT, served);
        }

        assertThat(Files.readString(SNAPSHOT))
                .as("admin-ui/openapi.json differs from /v3/api-docs: renew it as docs/admin-app.md says, then fix the app's build")
                .isEqualTo(served);
    }

    /** Without the server's address, which is the test's random port. */
    private String servedDocument() {
        ObjectNode document = (ObjectNode) new Api(port).get("/v3/api-docs").body();
        document.remove("servers");
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }
}
