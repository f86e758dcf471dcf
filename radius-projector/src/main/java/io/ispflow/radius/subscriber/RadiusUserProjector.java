package io.ispflow.radius.subscriber;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.quota.SubscriberQuotaRestored;
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
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.RadiusTables;
import io.ispflow.radius.UserRowChanges;
import io.ispflow.radius.pkg.RadiusGroup;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;

import static io.ispflow.radius.RadiusAttribute.AUTH_TYPE;
import static io.ispflow.radius.RadiusAttribute.CLEARTEXT_PASSWORD;
import static io.ispflow.radius.RadiusAttribute.EXPIRATION;
import static io.ispflow.radius.RadiusAttribute.FRAMED_IP_ADDRESS;
import static io.ispflow.radius.RadiusAttribute.MIKROTIK_RATE_LIMIT;
import static io.ispflow.radius.RadiusAttribute.QUOTA_BLOCK;

/**
 * Gives each subscriber a RADIUS user: password, expiry, suspension and a quota's block (radcheck), static IP
 * and a quota's fair-usage rate (radreply), package group (radusergroup). Each event sets or removes just the rows it is about,
 * so replaying it gives the same rows. The rows a batch of events changes are written together when
 * the batch commits (see {@link UserRowChanges}), in its transaction with the processor's token.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class RadiusUserProjector {

    private final RadiusDatabase radius;
    private final RadiusTables tables;
    private final PersonalDataVault vault;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public RadiusUserProjector(RadiusDatabase radius, PersonalDataVault vault) {
        this(radius, RadiusTables.LIVE, vault);
    }

    public RadiusUserProjector(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        this.radius = radius;
        this.tables = tables;
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
        UserRowChanges rows = rows();
        rows.remember(subject, name.get());
        rows.replace(username, new AttributeSet()
                .with(CLEARTEXT_PASSWORD, password.get().value())
                .with(EXPIRATION, event.expiresAt() == null ? null : ExpirationDate.format(event.expiresAt()))
                .with(FRAMED_IP_ADDRESS, event.staticIp()));
        rows.joinGroup(username, RadiusGroup.of(event.packageId()).name());
    }

    @EventHandler
    public void on(SubscriberPackageChanged event) {
        withUser(event.subscriberId(), (rows, username) -> rows.joinGroup(username, RadiusGroup.of(event.to()).name()));
    }

    @EventHandler
    public void on(SubscriberPasswordChanged event) {
        withUser(event.subscriberId(), (rows, username) -> vault.open(event.subscriberId().value(), event.password(),
                RadiusPassword.class).ifPresent(password -> rows.put(username, CLEARTEXT_PASSWORD, password.value())));
    }

    /** A per-user reject wins over everything the user's group would allow. */
    @EventHandler
    public void on(SubscriberSuspended event) {
        withUser(event.subscriberId(), (rows, username) -> rows.put(username, AUTH_TYPE, "Reject"));
    }

    @EventHandler
    public void on(SubscriberReactivated event) {
        withUser(event.subscriberId(), (rows, username) -> rows.remove(username, AUTH_TYPE));
    }

    @EventHandler
    public void on(SubscriptionRenewed event) {
        withUser(event.subscriberId(), (rows, username) -> rows.put(username, EXPIRATION, ExpirationDate.format(event.expiresAt())));
    }

    @EventHandler
    public void on(StaticIpAssigned event) {
        withUser(event.subscriberId(), (rows, username) -> rows.put(username, FRAMED_IP_ADDRESS, event.ip().toString()));
    }

    @EventHandler
    public void on(StaticIpReleased event) {
        withUser(event.subscriberId(), (rows, username) -> rows.remove(username, FRAMED_IP_ADDRESS));
    }

    /**
     * The fair-usage rate in the user's own reply rows, which FreeRADIUS reads before its group's (both {@code =}:
     * the first one stays), or a reject of its own when the package has no fair-usage rate.
     */
    @EventHandler
    public void on(SubscriberQuotaExhausted event) {
        withUser(event.subscriberId(), (rows, username) -> {
            if (event.state() == QuotaState.FAIR_USAGE) {
                rows.put(username, MIKROTIK_RATE_LIMIT, event.fairUsageRate().mikrotikRateLimit());
            } else {
                rows.put(username, QUOTA_BLOCK, "Reject");
            }
        });
    }

    /** Back to the group's rate and service. */
    @EventHandler
    public void on(SubscriberQuotaRestored event) {
        withUser(event.subscriberId(), (rows, username) -> {
            rows.remove(username, MIKROTIK_RATE_LIMIT);
            rows.remove(username, QUOTA_BLOCK);
        });
    }

    /** Nothing is left behind: without a row FreeRADIUS rejects the username. */
    @EventHandler
    public void on(SubscriberTerminated event) {
        withUser(event.subscriberId(), (rows, username) -> {
            rows.removeAll(username);
            rows.leaveGroups(username);
            rows.forget(event.subscriberId().value());
        });
    }

    /** A subscriber without a RADIUS user must have been forgotten; anything else is a bug worth stopping for. */
    private void withUser(SubscriberId id, BiConsumer<UserRowChanges, String> write) {
        UserRowChanges rows = rows();
        Optional<String> username = rows.username(id.value());
        if (username.isPresent()) {
            write.accept(rows, username.get());
        } else if (!vault.forgotten(id.value())) {
            throw new IllegalStateException("subscriber " + id + " has no RADIUS user");
        }
    }

    private UserRowChanges rows() {
        return UserRowChanges.ofCurrentBatch(radius, tables);
    }

}
