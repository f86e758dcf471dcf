package io.ispflow.server.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PostgreSQL binaries, unpacked into a private directory beside the data directory instead of
 * zonky's default {@code /tmp/embedded-pg}, which zonky makes writable by every local user, who
 * could plant binaries there for ispflow to run. It also says where {@code postgres} is, which
 * {@link PasswordAuthentication} runs. Equal for one directory, so zonky unpacks there once a JVM.
 */
record PrivateBinaries(Path directory) implements PgBinaryResolver {

    /** zonky unpacks into {@code PG-<MD5 of the archive>}; the archive's digest for each directory. */
    private static final Map<Path, String> DIGESTS = new ConcurrentHashMap<>();

    static PrivateBinaries beside(Path dataDir) {
        PrivateBinaries binaries = new PrivateBinaries(PrivateFiles.beside(dataDir, "binaries").toAbsolutePath());
        PrivateFiles.createDirectories(binaries.directory());
        return binaries;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        byte[] archive;
        try (InputStream packed = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
            archive = packed.readAllBytes();
        }
        DIGESTS.put(directory, md5(archive));
        return new ByteArrayInputStream(archive);
    }

    /**
     * Takes back the write permission zonky gives everyone on its working directory at every start:
     * without search permission it let nobody in, but it reads as if it did.
     */
    void keepPrivate() {
        directory.toFile().setWritable(false, false);
        directory.toFile().setWritable(true, true);
    }

    /** The unpacked {@code bin/<command>}, once zonky has unpacked the binaries. */
    Path command(String command) {
        String digest = DIGESTS.get(directory);
        if (digest == null) {
            throw new IllegalStateException("the PostgreSQL binaries in " + directory + " were not unpacked yet");
        }
        return directory.resolve("PG-" + digest).resolve("bin").resolve(command);
    }

    private static String md5(byte[] archive) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(archive));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is not available", e);
        }
    }
}
