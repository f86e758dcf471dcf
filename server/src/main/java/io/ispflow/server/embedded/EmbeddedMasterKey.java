package io.ispflow.server.embedded;

import io.ispflow.kernel.privacy.MasterKey;
import org.apache.commons.logging.Log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The embedded default's master key, kept in a file beside its data directory so that a restart
 * opens what the last run sealed. Losing the file makes every sealed value in that data unreadable.
 */
final class EmbeddedMasterKey {

    private EmbeddedMasterKey() {
    }

    static String loadOrCreate(Path dataDir, Log log) {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".master-key");
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, MasterKey.generate());
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                log.info("Generated a master key for the embedded database in " + file
                         + "; set ISPFLOW_MASTER_KEY to use your own");
            } else {
                log.info("Master key of the embedded database: " + file);
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the embedded master key in " + file, e);
        }
    }
}
