package io.ispflow.server.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code docker-compose} run on the repository's compose file. {@code config} needs no
 * Docker engine: it validates the file and prints it resolved. A missing binary is an error, not a skip.
 */
final class DockerCompose {

    /** What one run answered. */
    record Run(int exitCode, String output, String errors) {
    }

    private final Path repository;

    DockerCompose(Path repository) {
        this.repository = repository;
    }

    /** Runs {@code docker-compose --env-file <envFile> <arguments>} in the repository's root. */
    Run run(String envFile, String... arguments) {
        List<String> command = new ArrayList<>(List.of("docker-compose", "--env-file", envFile));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile("compose", ".out");
            Path errors = Files.createTempFile("compose", ".err");
            ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile())
                    .redirectOutput(output.toFile()).redirectError(errors.toFile());
            // only the env file speaks: none of this shell's variables reach the compose file
            builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
            Process process = builder.start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("docker-compose " + arguments[0] + " did not finish");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    Files.readString(errors, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run docker-compose (Debian package docker-compose): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
