package io.ispflow.radius.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.radius.RadiusDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Remembers each subscriber's RADIUS username in {@code radius_user}: only the sign-up event
 * carries it, later events name the subscriber.
 */
class RadiusUsernames {

    private final JdbcTemplate jdbc;

    RadiusUsernames(RadiusDatabase radius) {
        this.jdbc = radius.jdbcTemplate();
    }

    void remember(SubscriberId subscriberId, Username username) {
        forget(subscriberId);
        jdbc.update("INSERT INTO radius_user (subscriber_id, username) VALUES (?, ?)",
                subscriberId.toString(), username.value());
    }

    String of(SubscriberId subscriberId) {
        return jdbc.query("SELECT username FROM radius_user WHERE subscriber_id = ?",
                        (rs, row) -> rs.getString("username"), subscriberId.toString())
                .stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("subscriber " + subscriberId + " has no RADIUS user"));
    }

    void forget(SubscriberId subscriberId) {
        jdbc.update("DELETE FROM radius_user WHERE subscriber_id = ?", subscriberId.toString());
    }
}
