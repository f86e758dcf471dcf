package io.ispflow.server.routerhealth;

import java.time.Duration;
import java.util.Map;

/**
 * What RouterOS makes of a concatenation such as {@code "{\"a\":" . [:tonum [/system resource get uptime]] . $x}}:
 * quoted strings with their escapes, commands in brackets and variables, joined by {@code .}. Commands and variables
 * take the values a test gives, by the command's text or the variable's name; {@code :tonum} of a time gives its
 * seconds, as RouterOS v7 does.
 */
final class RouterOsConcatenation {

    private RouterOsConcatenation() {
    }

    static String evaluate(String expression, Map<String, String> values) {
        StringBuilder result = new StringBuilder();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (c == '"') {
                i++;
                while (expression.charAt(i) != '"') {
                    result.append(expression.charAt(i) == '\\' ? expression.charAt(++i) : expression.charAt(i));
                    i++;
                }
                i++;
            } else if (c == '[') {
                int end = closing(expression, i);
                result.append(command(expression.substring(i + 1, end), values));
                i = end + 1;
            } else if (c == '$') {
                int end = i + 1;
                while (end < expression.length() && Character.isLetterOrDigit(expression.charAt(end))) {
                    end++;
                }
                result.append(known(values, expression.substring(i + 1, end)));
                i = end;
            } else if (c == ' ' || c == '.') {
                i++;
            } else {
                throw new IllegalArgumentException("RouterOS would not read '" + c + "' at " + i + " of " + expression);
            }
        }
        return result.toString();
    }

    private static String command(String command, Map<String, String> values) {
        if (command.startsWith(":tonum [")) {
            return String.valueOf(seconds(known(values, command.substring(":tonum [".length(), command.length() - 1))));
        }
        return known(values, command);
    }

    /** RouterOS's time, such as {@code 1d02:03:04} or {@code 3w2d00:00:05}. */
    private static long seconds(String time) {
        Duration total = Duration.ZERO;
        String rest = time;
        if (rest.contains("w")) {
            total = total.plusDays(7 * Long.parseLong(rest.substring(0, rest.indexOf('w'))));
            rest = rest.substring(rest.indexOf('w') + 1);
        }
        if (rest.contains("d")) {
            total = total.plusDays(Long.parseLong(rest.substring(0, rest.indexOf('d'))));
            rest = rest.substring(rest.indexOf('d') + 1);
        }
        String[] clock = rest.split(":");
        return total.plusHours(Long.parseLong(clock[0])).plusMinutes(Long.parseLong(clock[1]))
                .plusSeconds(Long.parseLong(clock[2])).toSeconds();
    }

    private static String known(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no value given for " + name);
        }
        return value;
    }

    private static int closing(String expression, int open) {
        int depth = 0;
        for (int i = open; i < expression.length(); i++) {
            if (expression.charAt(i) == '[') {
                depth++;
            } else if (expression.charAt(i) == ']' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("a bracket that does not close in " + expression);
    }
}
