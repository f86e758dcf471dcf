package io.ispflow.radius.rebuild;

import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A set of projected tables read as facts, "key's attribute has value", without generated ids: a check or
 * reply row gives its attribute the value {@code "op value"}, any other row gives each column its value.
 * Comparing two sets' facts lists every difference between them, secrets hidden.
 */
final class TableFacts {

    /** Table, key and attribute, e.g. radcheck / alice / Cleartext-Password; each with its values, sorted. */
    private final Map<List<String>, List<String>> facts = new TreeMap<>(TableFacts::compare);

    static TableFacts read(JdbcTemplate jdbc, RadiusTables tables) {
        TableFacts read = new TableFacts();
        for (String table : RadiusTables.PROJECTED) {
            jdbc.query("SELECT * FROM " + tables.name(table), (ResultSet row) -> read.add(table, row));
        }
        read.facts.values().forEach(values -> values.sort(null));
        return read;
    }

    /** Every fact in which {@code actual} differs from this expected set. */
    List<Difference> differencesIn(TableFacts actual) {
        Set<List<String>> keys = new TreeSet<>(TableFacts::compare);
        keys.addAll(facts.keySet());
        keys.addAll(actual.facts.keySet());
        List<Difference> differences = new ArrayList<>();
        for (List<String> key : keys) {
            List<String> expectedValues = facts.getOrDefault(key, List.of());
            List<String> actualValues = actual.facts.getOrDefault(key, List.of());
            if (!expectedValues.equals(actualValues)) {
                boolean secret = isSecret(key.get(0), key.get(2));
                differences.add(new Difference(key.get(0), key.get(1), key.get(2),
                        shown(expectedValues, secret ? "(secret)" : null), shown(actualValues, secret ? "(differs)" : null)));
            }
        }
        return differences;
    }

    private void add(String table, ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        List<String> names = new ArrayList<>();
        for (int column = 1; column <= columns.getColumnCount(); column++) {
            names.add(columns.getColumnLabel(column).toLowerCase(Locale.ROOT));
        }
        names.remove("id");
        String key = row.getString(names.get(0));
        if (names.contains("attribute")) {
            fact(table, key, row.getString("attribute"), row.getString("op") + " " + row.getString("value"));
            return;
        }
        for (String column : names.subList(1, names.size())) {
            if (row.getString(column) != null) {
                fact(table, key, column, row.getString(column));
            }
        }
    }

    private void fact(String table, String key, String attribute, String value) {
        facts.computeIfAbsent(List.of(table, key, attribute), k -> new ArrayList<>()).add(value);
    }

    private static boolean isSecret(String table, String attribute) {
        return table.equals("radcheck") && attribute.equals("Cleartext-Password")
                || table.equals("nas") && attribute.equals("secret");
    }

    private static String shown(List<String> values, String mask) {
        if (values.isEmpty()) {
            return null;
        }
        return mask != null ? mask : String.join(", ", values);
    }

    private static int compare(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = Objects.compare(a.get(i), b.get(i), String::compareTo);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
