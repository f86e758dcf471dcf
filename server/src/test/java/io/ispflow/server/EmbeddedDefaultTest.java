package io.ispflow.server;

import io.ispflow.kernel.privacy.MasterKey;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import static org.assertj.core.api.Assertions.assertThat;

/** With no database configured at all, the server runs the whole slice on its embedded PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ispflow.embedded.data-dir=target/embedded-postgres-test",
        "ispflow.embedded.port=0",
        "spring.datasource.url=",
        "ispflow.radius.datasource.url=",
        "ispflow.keys.master-key=",
        "ispflow.bootstrap.admin-password=" + WalkingSkeletonScenario.ADMIN_PASSWORD})
class EmbeddedDefaultTest extends WalkingSkeletonScenario {

    static {
        FileSystemUtils.deleteRecursively(Path.of("target/embedded-postgres-test").toFile());
        FileSystemUtils.deleteRecursively(Path.of("target/embedded-postgres-test.master-key").toFile());
        FileSystemUtils.deleteRecursively(Path.of("target/embedded-postgres-test.password").toFile());
    }

    /** Sealed events of the embedded default must open after a restart: its master key is kept on disk. */
    @Test
    void theEmbeddedDefaultKeepsItsMasterKeyBesideItsData() throws IOException {
        Path keyFile = Path.of("target/embedded-postgres-test.master-key");

        assertThat(MasterKey.fromBase64(Files.readString(keyFile))).isNotNull();
        assertThat(Files.getPosixFilePermissions(keyFile)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }
}
