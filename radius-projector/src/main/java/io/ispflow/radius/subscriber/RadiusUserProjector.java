package io.ispflow.radius.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.StaticIpAssigned;
import io.ispflow.kernel.subscriber.StaticIpReleased;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberPackageChanged;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import io.ispflow.kernel.subscriber.SubscriberReactivated;
import io.ispflow.kernel.subscriber.SubscriberSuspended;
import io.ispflow.kernel.subscriber.SubscriberTerminated;
import io.ispflow.kernel.subscriber.SubscriptionRenewed;
import io.ispflow.kernel.subscriber.Username;
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

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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
    private final PersonalDataVault vault;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public RadiusUserProjector(RadiusDatabase radius, PersonalDataVault vault) {
        this(radius, RadiusTables.LIVE, vault);
    }

    public RadiusUserProjector(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        this.users = AttributeTables.users(radius, tables);
        this.usernames = new RadiusUsernames(radius, tables);
        this.jdbc = radius.jdbcTemplate();
        this.radusergroup = tables.radusergroup();
        this.vault = vault;
    }

    /**
     * A new subscriber's rows are exactly what the event says, whatever a replay finds in the tables.
     * A forgotten subscriber's name and password no longer open: it gets no rows at all.
     */
    @EventHandler
    public void on(SubscriberCreated event) {
        UUID subject = event.subscriberId().value();
        Optional<Username> name = vault.open(subject, event.username(), Username.class);
        Optional<RadiusPassword> password = vault.open(subject, event.password(), RadiusPassword.class);
        if (name.isEmpty() || password.isEmpty()) {
            return;
        }
        String username = name.get().value();
        usernames.remember(event.subscriberId(), name.get());
        users.replace(username, new AttributeSet()
                .with(CLEARTEXT_PASSWORD, password.get().value())
                .with(EXPIRATION, event.expiresAt() == null ? null : ExpirationDate.format(event.expiresAt()))
                .with(FRAMED_IP_ADDRESS, event.staticIp()));
        joinGroup(username, RadiusGroup.of(event.packageId()));
    }

    @EventHandler
    public void on(SubscriberPackageChanged event) {
        withUser(event.subscriberId(), username -> joinGroup(username, RadiusGroup.of(event.to())));
    }

    @EventHandler
    public void on(SubscriberPasswordChanged event) {
        withUser(event.subscriberId(), username -> vault.open(event.subscriberId().value(), event.password(),
                RadiusPassword.class).ifPresent(password -> users.put(username, CLEARTEXT_PASSWORD, password.value())));
    }

    /** A per-user reject wins over everything the user's group would allow. */
    @EventHandler
    public void on(SubscriberSuspended event) {
        withUser(event.subscriberId(), username -> users.put(username, AUTH_TYPE, "Reject"));
    }

    @EventHandler
    public void on(SubscriberReactivated event) {
        withUser(event.subscriberId(), username -> users.remove(username, AUTH_TYPE));
    }

    @EventHandler
    public void on(SubscriptionRenewed event) {
        withUser(event.subscriberId(), username -> users.put(username, EXPIRATION, ExpirationDate.format(event.expiresAt())));
    }

    @EventHandler
    public void on(StaticIpAssigned event) {
        withUser(event.subscriberId(), username -> users.put(username, FRAMED_IP_ADDRESS, event.ip()));
    }

    @EventHandler
    public void on(StaticIpReleased event) {
        withUser(event.subscriberId(), username -> users.remove(username, FRAMED_IP_ADDRESS));
    }

    /** Nothing is left behind: without a row FreeRADIUS rejects the username. */
    @EventHandler
    public void on(SubscriberTerminated event) {
        withUser(event.subscriberId(), username -> {
            users.removeAll(username);
            jdbc.update("DELETE FROM " + radusergroup + " WHERE username = ?", username);
            usernames.forget(event.subscriberId());
        });
    }

    /** A subscriber without a RADIUS user must have been forgotten; anything else is a bug worth stopping for. */
    private void withUser(SubscriberId id, Consumer<String> write) {
        Optional<String> username = usernames.find(id);
        if (username.isPresent()) {
            write.accept(username.get());
        } else if (!vault.forgotten(id.value())) {
            throw new IllegalStateException("subscriber " + id + " has no RADIUS user");
        }
    }

    private void joinGroup(String username, RadiusGroup group) {
        jdbc.update("DELETE FROM " + radusergroup + " WHERE username = ?", username);
        jdbc.update("INSERT INTO " + radusergroup + " (username, groupname, priority) VALUES (?, ?, 1)",
                username, group.name());
    }
}
