package io.ispflow.server.freeradius;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The FreeRADIUS configuration ispflow ships in the repository's {@code freeradius/} directory, the
 * one an ISP copies to production, with {@code ispflow.env}, the environment it reads its site's
 * values from.
 */
public final class FreeRadiusDirectory {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$ENV\\{(\\w+)}");

    private final Path root;

    private FreeRadiusDirectory(Path root) {
        this.root = root;
    }

    /** Found from the working directory up, so that a module's tests and the IDE both find it. */
    public static FreeRadiusDirectory checkedIn() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("freeradius/radiusd.conf"))) {
                return new FreeRadiusDirectory(dir.resolve("freeradius"));
            }
        }
        throw new IllegalStateException("no freeradius/radiusd.conf above " + Path.of("").toAbsolutePath());
    }

    public Path root() {
        return root;
    }

    /** The variables of ispflow.env, in its order, quotes removed. */
    public Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : lines(root.resolve("ispflow.env"))) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                int equals = trimmed.indexOf('=');
                variables.put(trimmed.substring(0, equals), trimmed.substring(equals + 1).replaceAll("^\"|\"$", ""));
            }
        }
        return variables;
    }

    /** Every variable some configuration file reads as {@code $ENV{NAME}}. */
    public Set<String> variablesRead() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).filter(file -> !file.endsWith("ispflow.env"))
                 .forEach(file -> {
                     Matcher reference = ENV_REFERENCE.matcher(String.join("\n", lines(file)));
                     while (reference.find()) {
                         names.add(reference.group(1));
                     }
                 });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Copies the configuration to {@code target}, replacing whatever an earlier run left there. */
    public void copyTo(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> old = Files.walk(target)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path source : files.toList()) {
                    Path copy = target.resolve(root.relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(source, copy);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
