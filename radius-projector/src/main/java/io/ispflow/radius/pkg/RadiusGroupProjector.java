package io.ispflow.radius.pkg;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.radius.AttributeSet;
import io.ispflow.radius.AttributeTables;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.RadiusTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static io.ispflow.radius.RadiusAttribute.FRAMED_POOL;
import static io.ispflow.radius.RadiusAttribute.IDLE_TIMEOUT;
import static io.ispflow.radius.RadiusAttribute.MIKROTIK_RATE_LIMIT;
import static io.ispflow.radius.RadiusAttribute.SESSION_TIMEOUT;
import static io.ispflow.radius.RadiusAttribute.SIMULTANEOUS_USE;

/**
 * Keeps each package's RADIUS group (radgroupreply, radgroupcheck) equal to the package's terms.
 * PackageRetired changes nothing here: a retired package takes no new subscribers, but its members
 * keep their service, so its group stays.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class RadiusGroupProjector {

    private final AttributeTables groups;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public RadiusGroupProjector(RadiusDatabase radius) {
        this(radius, RadiusTables.LIVE);
    }

    public RadiusGroupProjector(RadiusDatabase radius, RadiusTables tables) {
        this.groups = AttributeTables.groups(radius, tables);
    }

    @EventHandler
    public void on(PackageCreated event) {
        write(RadiusGroup.of(event.packageId()), event.terms());
    }

    /** Members get the new terms at their next authentication, without touching their own rows. */
    @EventHandler
    public void on(PackageUpdated event) {
        write(RadiusGroup.of(event.packageId()), event.terms());
    }

    /** Replaces the group's whole attribute set, so a term that is no longer set loses its row. */
    void write(RadiusGroup group, PackageTerms terms) {
        groups.replace(group.name(), new AttributeSet()
                .with(MIKROTIK_RATE_LIMIT, terms.rate().mikrotikRateLimit())
                .with(SESSION_TIMEOUT, terms.sessionTimeout())
                .with(IDLE_TIMEOUT, terms.idleTimeout())
                .with(FRAMED_POOL, terms.addressPool())
                .with(SIMULTANEOUS_USE, terms.deviceLimit()));
    }
}
