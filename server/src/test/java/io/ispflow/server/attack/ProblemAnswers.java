package io.ispflow.server.attack;

import io.ispflow.server.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What every refusal must look like: RFC 9457 problem+json whose {@code code} is one of the stable
 * codes docs/api.md lists; and no answer may be a server error.
 */
final class ProblemAnswers {

    /** The codes of docs/api.md's error table, which clients may match on. */
    static final Set<String> DOCUMENTED_CODES = documentedCodes();

    private ProblemAnswers() {
    }

    /** What is wrong with the answer's shape, if anything. */
    static Optional<String> misshapen(Api.Answer answer) {
        if (answer.status() >= 500) {
            return Optional.of("a server error");
        }
        if (answer.status() < 400) {
            return Optional.empty();
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return Optional.of("a refusal that is not problem+json (" + answer.contentType() + ")");
        }
        if (!DOCUMENTED_CODES.contains(answer.code())) {
            return Optional.of("a code docs/api.md does not list: '" + answer.code() + "'");
        }
        return Optional.empty();
    }

    /** An answer's text for a failure message: never its megabytes. */
    static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static Set<String> documentedCodes() {
        String api = read(apiDocumentation());
        String errors = api.substring(api.indexOf("## Errors"));
        return errors.lines()
                .filter(line -> line.matches("\\| [A-Z_]+(, [A-Z_]+)* \\|.*"))
                .flatMap(line -> Arrays.stream(line.split("\\|")[1].split(",")).map(String::strip))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static Path apiDocumentation() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/api.md"))) {
                return dir.resolve("docs/api.md");
            }
        }
        throw new IllegalStateException("no docs/api.md above " + Path.of("").toAbsolutePath());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
