package io.ispflow.server.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets no local process in without the superuser's password, which it keeps
 * beside the data directory, private to its owner; a data directory from before the password keeps
 * its data and asks for the password from its next start on.
 */
class EmbeddedPostgresPasswordTest {

    static final Path DATA = Path.of("target", "embedded-password-test", "data").toAbsolutePath();
    static final Log LOG = LogFactory.getLog(EmbeddedPostgresPasswordTest.class);

    @BeforeEach
    void fresh() throws IOException {
        FileSystemUtils.deleteRecursively(DATA.getParent());
    }

    @Test
    void noClientGetsInWithoutThePasswordKeptPrivateBesideTheDataDirectory() throws Exception {
        String password = EmbeddedPassword.loadOrCreate(DATA, LOG);

        try (EmbeddedPostgres postgres = EmbeddedPostgresEnvironment.start(DATA, 0, password)) {
            assertThatThrownBy(() -> connect(postgres, "")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(postgres, "not-the-password")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            try (Connection superuser = connect(postgres, password)) {
                assertThat(superuser.isValid(1)).isTrue();
            }
        }
        assertThat(Files.readString(EmbeddedPassword.file(DATA))).isEqualTo(password).matches("[A-Za-z0-9]{32}");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(EmbeddedPassword.file(DATA)))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(DATA.getParent()))).isEqualTo("rwx------");
    }

    @Test
    void aDataDirectoryFromBeforeThePasswordKeepsItsDataAndAsksForThePasswordFromItsNextStartOn() throws Exception {
        try (EmbeddedPostgres trusting = EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).setPgBinaryResolver(PrivateBinaries.beside(DATA))
                .setOverrideWorkingDirectory(PrivateBinaries.beside(DATA).directory().toFile()).start();
             Connection anyone = connect(trusting, "");
             Statement sql = anyone.createStatement()) {
            sql.execute("CREATE TABLE kept (what text)");
            sql.execute("INSERT INTO kept VALUES ('from before the password')");
        }
        String password = EmbeddedPassword.loadOrCreate(DATA, LOG);

        try (EmbeddedPostgres postgres = EmbeddedPostgresEnvironment.start(DATA, 0, password)) {
            assertThatThrownBy(() -> connect(postgres, "")).isInstanceOf(SQLException.class);
            try (Connection superuser = connect(postgres, password); Statement sql = superuser.createStatement();
                 var kept = sql.executeQuery("SELECT what FROM kept")) {
                assertThat(kept.next()).isTrue();
                assertThat(kept.getString(1)).isEqualTo("from before the password");
            }
        }
    }

    @Test
    void aSecretFileIsPrivateFromItsFirstByte() throws IOException {
        Path file = DATA.resolveSibling("data.secret");

        String secret = PrivateFiles.readOrCreate(file, () -> {
            assertThat(filesIn(file.getParent())).allMatch(EmbeddedPostgresPasswordTest::ownerOnly);
            return "generated";
        }, LOG);

        assertThat(secret).isEqualTo("generated");
        assertThat(filesIn(file.getParent())).containsExactly(file).allMatch(EmbeddedPostgresPasswordTest::ownerOnly);
        assertThat(PrivateFiles.readOrCreate(file, () -> "another", LOG)).isEqualTo("generated");
    }

    @Test
    void aSecretFileAnEarlierVersionLeftReadableIsMadePrivate() throws IOException {
        Path file = DATA.resolveSibling("data.master-key");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "written by an earlier version");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(PrivateFiles.readOrCreate(file, () -> "another", LOG)).isEqualTo("written by an earlier version");
        assertThat(ownerOnly(file)).isTrue();
    }

    private static Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres", "postgres", password);
    }

    private static List<Path> filesIn(Path directory) {
        try (var files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean ownerOnly(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file)).equals("rw-------");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
