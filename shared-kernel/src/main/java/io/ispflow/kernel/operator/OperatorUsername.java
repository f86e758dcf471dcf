package io.ispflow.kernel.operator;

import io.ispflow.kernel.InvalidValueException;

import java.util.regex.Pattern;

/** The name an operator signs in with: 3 to 64 of a-z 0-9 . _ @ -, lower case as given. */
public final class OperatorUsername {

    private static final Pattern FORM = Pattern.compile("[a-z0-9._@-]{3,64}");

    private OperatorUsername() {
    }

    /** False for a name no operator can have, which sign-in need not look up. */
    public static boolean isWellFormed(String username) {
        return username != null && username.length() <= 64 && FORM.matcher(username).matches();
    }

    public static String require(String username) {
        if (!isWellFormed(username)) {
            throw new InvalidValueException("username", "username must be 3 to 64 of a-z 0-9 . _ @ -");
        }
        return username;
    }
}
