package io.ispflow.server.embedded;

import io.ispflow.kernel.InvalidSettingException;
import org.apache.commons.logging.Log;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL superuser's password, generated on the first start and kept in a file
 * beside the data directory, where FreeRADIUS's and an operator's {@code psql} take it from.
 */
final class EmbeddedPassword {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    /** {@link PasswordAuthentication} puts it in a SQL literal. */
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9]{16,128}");

    private EmbeddedPassword() {
    }

    static String loadOrCreate(Path dataDir, Log log) {
        Path file = file(dataDir);
        String password = PrivateFiles.readOrCreate(file, EmbeddedPassword::generate, log);
        if (!USABLE.matcher(password).matches()) {
            throw new InvalidSettingException(file + " must hold 16 to 128 letters and digits, the embedded PostgreSQL's password.",
                    "Delete the file for a new generated password, or write one of letters and digits into it.");
        }
        return password;
    }

    static Path file(Path dataDir) {
        return PrivateFiles.beside(dataDir, "password");
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
