package io.ispflow.kernel;

/**
 * The rule for text that people type: names, sites, descriptions, contact details, reasons. It is
 * held to a length (counted in characters, as the databases count them) and holds no control
 * characters: PostgreSQL cannot store NUL, and the others hide in logs and on screens. Multi-line
 * text may hold line breaks and tabs. Text is stripped; blank optional text is no text.
 */
public final class FreeText {

    private FreeText() {
    }

    /** One line of 1 to {@code max} characters. */
    public static String requiredLine(String field, String value, int max) {
        String line = optionalLine(field, value, max);
        if (line == null) {
            throw new InvalidValueException(field, field + " must be 1 to " + max + " characters");
        }
        return line;
    }

    /** One line of at most {@code max} characters, or null. */
    public static String optionalLine(String field, String value, int max) {
        return checked(field, value, max, false);
    }

    /** Lines of at most {@code max} characters in all, or null. */
    public static String optionalLines(String field, String value, int max) {
        return checked(field, value, max, true);
    }

    private static String checked(String field, String value, int max, boolean lines) {
        if (value == null) {
            return null;
        }
        if (value.length() > 2 * max) {
            throw tooLong(field, max);
        }
        value.codePoints().filter(c -> !allowed(c, lines)).findFirst().ifPresent(c -> {
            throw new InvalidValueException(field, field + " must not hold control characters (found U+"
                    + String.format("%04X", c) + ")");
        });
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw tooLong(field, max);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /** Unpaired surrogates are refused too: the databases' UTF-8 cannot hold them, and drivers silently replace them. */
    private static boolean allowed(int c, boolean lines) {
        int type = Character.getType(c);
        if (type == Character.CONTROL) {
            return lines && (c == '\n' || c == '\r' || c == '\t');
        }
        return type != Character.SURROGATE;
    }

    private static InvalidValueException tooLong(String field, int max) {
        return new InvalidValueException(field, field + " must be at most " + max + " characters");
    }
}
