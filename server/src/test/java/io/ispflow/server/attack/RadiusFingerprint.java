package io.ispflow.server.attack;

import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of every row of the live projected RADIUS tables: equal digests mean no row was added, removed
 * or changed in between. Reading the tables costs a fraction of a drift check, which replays the whole store.
 */
final class RadiusFingerprint {

    private final JdbcTemplate radius;

    RadiusFingerprint(JdbcTemplate radius) {
        this.radius = radius;
    }

    String now() {
        MessageDigest digest = sha256();
        for (String table : RadiusTables.PROJECTED) {
            List<String> rows = new ArrayList<>();
            radius.query("SELECT * FROM " + RadiusTables.LIVE.name(table), (ResultSet row) -> {
                StringBuilder text = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    text.append(row.getString(column)).append('\u0000');
                }
                rows.add(text.toString());
            });
            rows.sort(null);
            digest.update(table.getBytes(StandardCharsets.UTF_8));
            rows.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
