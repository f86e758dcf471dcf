package io.ispflow.radius.subscriber;

import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.Username;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;

/**
 * Remembers each subscriber's RADIUS username in {@code radius_user}: only the sign-up event
 * carries it, later events name the subscriber.
 */
class RadiusUsernames {

    private final JdbcTemplate jdbc;
    private final String radiusUser;

    RadiusUsernames(RadiusDatabase radius, RadiusTables tables) {
        this.jdbc = radius.jdbcTemplate();
        this.radiusUser = tables.radiusUser();
    }

    void remember(SubscriberId subscriberId, Username username) {
        forget(subscriberId);
        jdbc.update("INSERT INTO " + radiusUser + " (subscriber_id, username) VALUES (?, ?)",
                subscriberId.toString(), username.value());
    }

    /** Empty when the subscriber never got a RADIUS user (it was forgotten) or no longer has one. */
    Optional<String> find(SubscriberId subscriberId) {
        return jdbc.query("SELECT username FROM " + radiusUser + " WHERE subscriber_id = ?",
                        (rs, row) -> rs.getString("username"), subscriberId.toString())
                .stream().findFirst();
    }

    void forget(SubscriberId subscriberId) {
        jdbc.update("DELETE FROM " + radiusUser + " WHERE subscriber_id = ?", subscriberId.toString());
    }
}
