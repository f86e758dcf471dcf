package io.ispflow.radius.router;

import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes each router a RADIUS client: a nas row keyed by its tunnel address, the source of its
 * RADIUS packets. FreeRADIUS reads nas at start-up, or per packet through dynamic clients.
 */
@Component
@ProcessingGroup(RadiusProjectorConfiguration.PROCESSING_GROUP)
public class NasProjector {

    private final JdbcTemplate jdbc;

    public NasProjector(RadiusDatabase radius) {
        this.jdbc = radius.jdbcTemplate();
    }

    /** Stock nasname is not unique, so delete-then-insert keeps one row per tunnel address. */
    @EventHandler
    public void on(RouterRegistered event) {
        String nasname = event.tunnelAddress().toString();
        RouterDetails details = event.details();
        jdbc.update("DELETE FROM nas WHERE nasname = ?", nasname);
        jdbc.update("INSERT INTO nas (nasname, shortname, type, secret, description) VALUES (?, ?, 'other', ?, ?)",
                nasname, details.name(), event.radiusSecret(),
                details.description() != null ? details.description() : details.site());
    }
}
