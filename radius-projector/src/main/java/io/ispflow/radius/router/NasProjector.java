package io.ispflow.radius.router;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import io.ispflow.radius.RadiusTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes each router a RADIUS client: a nas row keyed by its tunnel address, the source of its
 * RADIUS packets. FreeRADIUS reads nas at start-up, or per packet through dynamic clients.
 * {@code router_nas} remembers which router has which row, for the events that name only the router.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class NasProjector {

    private final JdbcTemplate jdbc;
    private final String nas;
    private final String routerNas;
    private final PersonalDataVault vault;

    /** The live processor's projector, writing the tables FreeRADIUS reads. */
    @Autowired
    public NasProjector(RadiusDatabase radius, PersonalDataVault vault) {
        this(radius, RadiusTables.LIVE, vault);
    }

    public NasProjector(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        this.jdbc = radius.jdbcTemplate();
        this.nas = tables.nas();
        this.routerNas = tables.routerNas();
        this.vault = vault;
    }

    /** Stock nasname is not unique, so delete-then-insert keeps one row per tunnel address. */
    @EventHandler
    public void on(RouterRegistered event) {
        String nasname = event.tunnelAddress().toString();
        RouterDetails details = event.details();
        jdbc.update("DELETE FROM " + nas + " WHERE nasname = ?", nasname);
        jdbc.update("INSERT INTO " + nas + " (nasname, shortname, type, secret, description) VALUES (?, ?, 'other', ?, ?)",
                nasname, details.name(), secret(event.routerId(), event.radiusSecret()), description(details));
        jdbc.update("DELETE FROM " + routerNas + " WHERE router_id = ? OR nasname = ?", key(event.routerId()), nasname);
        jdbc.update("INSERT INTO " + routerNas + " (router_id, nasname) VALUES (?, ?)", key(event.routerId()), nasname);
    }

    @EventHandler
    public void on(RouterUpdated event) {
        jdbc.update("UPDATE " + nas + " SET shortname = ?, description = ? WHERE nasname IN "
                        + "(SELECT nasname FROM " + routerNas + " WHERE router_id = ?)",
                event.details().name(), description(event.details()), key(event.routerId()));
    }

    /** FreeRADIUS's dynamic-client cache keeps the old secret until its entry expires. */
    @EventHandler
    public void on(RouterSecretRotated event) {
        jdbc.update("UPDATE " + nas + " SET secret = ? WHERE nasname IN (SELECT nasname FROM " + routerNas + " WHERE router_id = ?)",
                secret(event.routerId(), event.radiusSecret()), key(event.routerId()));
    }

    /** Nothing of the router is left, so its tunnel address can serve the next router. */
    @EventHandler
    public void on(RouterDecommissioned event) {
        jdbc.update("DELETE FROM " + nas + " WHERE nasname = ?", event.tunnelAddress().toString());
        jdbc.update("DELETE FROM " + routerNas + " WHERE router_id = ?", key(event.routerId()));
    }

    /** Routers are never forgotten: a secret that does not open is a missing key, worth stopping for. */
    private String secret(RouterId routerId, SealedValue sealed) {
        return vault.open(routerId.value(), sealed, String.class)
                .orElseThrow(() -> new IllegalStateException("router " + routerId + " has no key"));
    }

    private static String description(RouterDetails details) {
        return details.description() != null ? details.description() : details.site();
    }

    private static String key(RouterId routerId) {
        return routerId.toString();
    }
}
