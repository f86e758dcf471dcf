package io.ispflow.server;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Path;

/** With no database configured at all, the server runs the whole slice on its embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ispflow.embedded.data-dir=target/embedded-postgres-test",
        "ispflow.embedded.port=0",
        "spring.datasource.url=",
        "ispflow.radius.datasource.url=",
        "ispflow.bootstrap.admin-password=" + WalkingSkeletonScenario.ADMIN_PASSWORD})
class EmbeddedDefaultTest extends WalkingSkeletonScenario {

    static {
        FileSystemUtils.deleteRecursively(Path.of("target/embedded-postgres-test").toFile());
    }
}
