package io.ispflow.server.embedded;

import io.zonky.test.db.postgres.util.LinuxUtils;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Makes the embedded PostgreSQL ask every client for the superuser's password, instead of zonky's
 * {@code initdb -A trust}, which lets any local process in as superuser. Runs on every start between
 * initdb and the server's start: a new cluster and one from before the password get it alike. The
 * password is set in single-user mode, so no client can connect before it is required.
 */
final class PasswordAuthentication implements Consumer<File> {

    static final String SUPERUSER = "postgres";
    private static final String PG_HBA = """
            # Written by ispflow at every start: every client gives the password kept beside the data directory.
            local   all   all                  scram-sha-256
            host    all   all   127.0.0.1/32   scram-sha-256
            host    all   all   ::1/128        scram-sha-256
            """;

    private final PrivateBinaries binaries;
    private final String password;

    PasswordAuthentication(PrivateBinaries binaries, String password) {
        this.binaries = binaries;
        this.password = password;
    }

    @Override
    public void accept(File dataDirectory) {
        try {
            setPassword(dataDirectory.toPath());
            Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), PG_HBA);
        } catch (IOException e) {
            throw new UncheckedIOException("could not require a password of the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private void setPassword(Path dataDirectory) throws IOException {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // as zonky runs its binaries when started as root, which PostgreSQL refuses
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(List.of(binaries.command("postgres").toString(), "--single", "-D", dataDirectory.toString(),
                "-F", "-c", "exit_on_error=on", SUPERUSER));
        Process postgres = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream statements = postgres.getOutputStream()) {
            // the password is letters and digits only: nothing in it can end the literal
            statements.write(("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(postgres.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (postgres.waitFor() != 0) {
                throw new IllegalStateException("could not set the embedded PostgreSQL's password in " + dataDirectory + ": "
                        + output.replace(password, "***"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting the embedded PostgreSQL's password", e);
        }
    }
}
