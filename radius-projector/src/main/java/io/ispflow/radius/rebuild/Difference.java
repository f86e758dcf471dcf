package io.ispflow.radius.rebuild;

/**
 * One way a live table differs from what the events imply: in {@code table}, the row(s) of {@code key} (a
 * username, group name, nasname, subscriber or router id) give {@code attribute} the {@code actual} value
 * instead of the {@code expected} one; null means no row. Secrets read "(secret)" and "(differs)".
 */
public record Difference(String table, String key, String attribute, String expected, String actual) {
}
