package io.ispflow.server.embedded;

import io.ispflow.kernel.privacy.MasterKey;
import org.apache.commons.logging.Log;

import java.nio.file.Path;

/**
 * The embedded default's master key, kept in a file beside its data directory so that a restart
 * opens what the last run sealed. Losing the file makes every sealed value in that data unreadable.
 */
final class EmbeddedMasterKey {

    private EmbeddedMasterKey() {
    }

    static String loadOrCreate(Path dataDir, Log log) {
        Path file = PrivateFiles.beside(dataDir, "master-key");
        log.info("Master key of the embedded database: " + file + "; set ISPFLOW_MASTER_KEY to use your own");
        return PrivateFiles.readOrCreate(file, MasterKey::generate, log);
    }
}
