package io.ispflow.radius.subscriber;

import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.radius.AttributeSet;
import io.ispflow.radius.AttributeTables;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.RadiusTables;
import io.ispflow.radius.pkg.RadiusGroup;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import static io.ispflow.radius.RadiusAttribute.AUTH_TYPE;
import static io.ispflow.radius.RadiusAttribute.CLEARTEXT_PASSWORD;
import static io.ispflow.radius.RadiusAttribute.EXPIRATION;
import static io.ispflow.radius.RadiusAttribute.FRAMED_IP_ADDRESS;

/**
 * Gives each subscriber a RADIUS user: password, expiry and suspension (radcheck), static IP
 * (radreply), package group (radusergroup). Each event sets or removes just the rows it is about,
 * so replaying it gives the same rows.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class RadiusUserProjector {

    private final AttributeTables users;
    private final RadiusUsernames usernames;
    private final JdbcTemplate jdbc;
    private final String radusergroup;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public RadiusUserProjector(RadiusDatabase radius) {
        this(radius, RadiusTables.LIVE);
    }

    public RadiusUserProjector(RadiusDatabase radius, RadiusTables tables) {
        this.users = AttributeTables.users(radius, tables);
        this.usernames = new RadiusUsernames(radius, tables);
        this.jdbc = radius.jdbcTemplate();
        this.radusergroup = tables.radusergroup();
    }

    /** A new subscriber's rows are exactly what the event says, whatever a replay finds in the tables. */
    @EventHandler
    public void on(SubscriberCreated event) {
        String username = event.username().value();
        usernames.remember(event.subscriberId(), event.username());
        users.replace(username, new AttributeSet()
                .with(CLEARTEXT_PASSWORD, event.password().value())
                .with(EXPIRATION, event.expiresAt() == null ? null : ExpirationDate.format(event.expiresAt()))
                .with(FRAMED_IP_ADDRESS, event.staticIp()));
        joinGroup(username, RadiusGroup.of(event.packageId()));
    }

    @EventHandler
    public void on(SubscriberPackageChanged event) {
        joinGroup(usernames.of(event.subscriberId()), RadiusGroup.of(event.to()));
    }

    @EventHandler
    public void on(SubscriberPasswordChanged event) {
        users.put(usernames.of(event.subscriberId()), CLEARTEXT_PASSWORD, event.password().value());
    }

    /** A per-user reject wins over everything the user's group would allow. */
    @EventHandler
    public void on(SubscriberSuspended event) {
        users.put(usernames.of(event.subscriberId()), AUTH_TYPE, "Reject");
    }

    @EventHandler
    public void on(SubscriberReactivated event) {
        users.remove(usernames.of(event.subscriberId()), AUTH_TYPE);
    }

    @EventHandler
    public void on(SubscriptionRenewed event) {
        users.put(usernames.of(event.subscriberId()), EXPIRATION, ExpirationDate.format(event.expiresAt()));
    }

    @EventHandler
    public void on(StaticIpAssigned event) {
        users.put(usernames.of(event.subscriberId()), FRAMED_IP_ADDRESS, event.ip());
    }

    @EventHandler
    public void on(StaticIpReleased event) {
        users.remove(usernames.of(event.subscriberId()), FRAMED_IP_ADDRESS);
    }

    /** Nothing is left behind: without a row FreeRADIUS rejects the username. */
    @EventHandler
    public void on(SubscriberTerminated event) {
        String username = usernames.of(event.subscriberId());
        users.removeAll(username);
        jdbc.update("DELETE FROM " + radusergroup + " WHERE username = ?", username);
        usernames.forget(event.subscriberId());
    }

    private void joinGroup(String username, RadiusGroup group) {
        jdbc.update("DELETE FROM " + radusergroup + " WHERE username = ?", username);
        jdbc.update("INSERT INTO " + radusergroup + " (username, groupname, priority) VALUES (?, ?, 1)",
                username, group.name());
    }
}
