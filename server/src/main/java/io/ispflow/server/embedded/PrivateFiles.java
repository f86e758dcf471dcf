package io.ispflow.server.embedded;

import org.apache.commons.logging.Log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The embedded default's secrets beside its data directory, readable by their owner only from the
 * moment they exist: written to a temporary file created private, then moved into place whole.
 */
final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

    private PrivateFiles() {
    }

    /** The file's text; when there is no file yet, {@code generated}'s, written private first. */
    static String readOrCreate(Path file, Supplier<String> generated, Log log) {
        try {
            if (Files.exists(file)) {
                keepPrivate(file, log);
                return Files.readString(file).strip();
            }
            createDirectories(file.toAbsolutePath().getParent());
            Path written = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".new", OWNER_ONLY_FILE);
            try {
                Files.writeString(written, generated.get());
                Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(written);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep " + file, e);
        }
    }

    /** {@code <data directory>.<suffix>}: where the embedded default keeps what belongs to a data directory. */
    static Path beside(Path dataDir, String suffix) {
        return dataDir.resolveSibling(dataDir.getFileName() + "." + suffix);
    }

    /** Creates the missing directories of {@code directory}, readable by their owner only. */
    static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory, OWNER_ONLY_DIRECTORY);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + directory, e);
        }
    }

    /** A file an earlier version wrote before it made it private is made private now. */
    private static void keepPrivate(Path file, Log log) throws IOException {
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            log.warn(file + " was readable by others; it is made private to its owner now");
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }
}
