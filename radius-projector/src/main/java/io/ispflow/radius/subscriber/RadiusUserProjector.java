package io.ispflow.radius.subscriber;

import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.radius.AttributeSet;
import io.ispflow.radius.AttributeTables;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.pkg.RadiusGroup;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.ispflow.radius.RadiusAttribute.CLEARTEXT_PASSWORD;
import static io.ispflow.radius.RadiusAttribute.EXPIRATION;
import static io.ispflow.radius.RadiusAttribute.FRAMED_IP_ADDRESS;

/** Gives each subscriber a RADIUS user: password and expiry (radcheck), static IP (radreply), package group. */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class RadiusUserProjector {

    private final AttributeTables users;
    private final JdbcTemplate jdbc;

    public RadiusUserProjector(RadiusDatabase radius) {
        this.users = AttributeTables.users(radius);
        this.jdbc = radius.jdbcTemplate();
    }

    /** A new subscriber's rows are exactly what the event says, whatever a replay finds in the tables. */
    @EventHandler
    public void on(SubscriberCreated event) {
        String username = event.username().value();
        users.replace(username, new AttributeSet()
                .with(CLEARTEXT_PASSWORD, event.password().value())
                .with(EXPIRATION, event.expiresAt() == null ? null : ExpirationDate.format(event.expiresAt()))
                .with(FRAMED_IP_ADDRESS, event.staticIp()));
        joinGroup(username, RadiusGroup.of(event.packageId()));
    }

    private void joinGroup(String username, RadiusGroup group) {
        jdbc.update("DELETE FROM radusergroup WHERE username = ?", username);
        jdbc.update("INSERT INTO radusergroup (username, groupname, priority) VALUES (?, ?, 1)",
                username, group.name());
    }
}
