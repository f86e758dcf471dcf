package io.ispflow.server.attack;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Ways to spell an API path that some layer (the gateway, Tomcat, Spring's routing, a filter) may
 * read differently from another. Each rewrites a canonical path such as {@code /api/v1/packages/{id}}.
 */
enum PathTrick {

    PARAMETER_AFTER_API("/api;/v1/…", path -> "/api;" + afterApi(path)),
    PARAMETER_IN_A_SEGMENT("/api/v1;x/…", path -> "/api/v1;x" + afterVersion(path)),
    PARAMETER_AT_THE_END("…;x", path -> path + ";x"),
    DOT_DOT_WITH_A_PARAMETER("/api/v1/x/..;/…", path -> "/api/v1/x/..;" + afterVersion(path)),
    ENCODED_LETTER_IN_API("/%61pi/v1/…", path -> "/%61pi" + afterApi(path)),
    ENCODED_LETTER_IN_THE_RESOURCE("/api/v1/%70ackages…", path -> "/api/v1/%" + hex(path.charAt(8)) + path.substring(9)),
    ENCODED_DOT_SEGMENT("/api/%2e/v1/…", path -> "/api/%2e" + afterApi(path)),
    ENCODED_DOT_DOT_SEGMENT("/api/x/%2E%2E/v1/…", path -> "/api/x/%2E%2E" + afterApi(path)),
    DOT_SEGMENT("/api/./v1/…", path -> "/api/." + afterApi(path)),
    DOT_DOT_SEGMENT("/api/x/../v1/…", path -> "/api/x/.." + afterApi(path)),
    DOUBLE_SLASH_INSIDE("/api//v1/…", path -> "/api/" + afterApi(path)),
    DOUBLE_SLASH_FIRST("//api/v1/…", path -> "/" + path),
    UPPER_CASE("/API/V1/…", path -> path.toUpperCase(Locale.ROOT)),
    MIXED_CASE("/Api/v1/…", path -> "/Api" + afterApi(path)),
    TRAILING_SLASH("…/", path -> path + "/"),
    ENCODED_SLASH("/api%2fv1/…", path -> "/api%2f" + afterApi(path).substring(1)),
    ENCODED_SLASHES_UPPER("/api%2Fv1%2F…", path -> "/api" + afterApi(path).replace("/", "%2F")),
    BACKSLASHES("/api\\v1\\…", path -> "/api" + afterApi(path).replace('/', '\\')),
    ENCODED_BACKSLASH("/api%5cv1/…", path -> "/api%5c" + afterApi(path).substring(1)),
    OVERLONG_UTF8_SLASH("/api%c0%afv1/…", path -> "/api%c0%af" + afterApi(path).substring(1)),
    ENCODED_NUL_AT_THE_END("…%00", path -> path + "%00");

    private final String example;
    private final UnaryOperator<String> spelling;

    PathTrick(String example, UnaryOperator<String> spelling) {
        this.example = example;
        this.spelling = spelling;
    }

    /** The target spelled this way; it starts with {@code /api/v1/}, and a query string is kept as it is. */
    String spell(String target) {
        if (!target.startsWith("/api/v1/")) {
            throw new IllegalArgumentException("not an API path: " + target);
        }
        int query = target.indexOf('?');
        return query < 0 ? spelling.apply(target) : spelling.apply(target.substring(0, query)) + target.substring(query);
    }

    @Override
    public String toString() {
        return example;
    }

    private static String afterApi(String path) {
        return path.substring("/api".length());
    }

    private static String afterVersion(String path) {
        return path.substring("/api/v1".length());
    }

    private static String hex(char c) {
        return Integer.toHexString(c);
    }
}
