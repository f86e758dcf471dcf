package io.ispflow.radius.router;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusTables;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The routers FreeRADIUS serves, as the {@code nas} table has them: where a router's RADIUS packets come
 * from, and the secret they are signed with. Other modules ask here instead of reading {@code nas}, which
 * this module owns. A decommissioned router has no row, so it is never answered.
 */
@Component
public class RadiusClients {

    /** A router as a RADIUS peer: its tunnel address and its shared secret. */
    public record RadiusClient(RouterId routerId, InetAddress address, String secret) {

        @Override
        public String toString() {
            return "RadiusClient[" + routerId + " at " + address.getHostAddress() + "]";
        }
    }

    private final RadiusDatabase radius;

    public RadiusClients(RadiusDatabase radius) {
        this.radius = radius;
    }

    /** The active router {@code routerId}, or empty once it is decommissioned (or before its row is written). */
    public Optional<RadiusClient> of(RouterId routerId) {
        RadiusTables live = RadiusTables.LIVE;
        return radius.jdbcTemplate().query("SELECT n.nasname, n.secret FROM " + live.nas() + " n JOIN " + live.routerNas()
                        + " r ON r.nasname = n.nasname WHERE r.router_id = ?",
                (rs, row) -> new RadiusClient(routerId, address(rs.getString(1)), rs.getString(2)),
                routerId.toString()).stream().findFirst();
    }

    /** nasname is the tunnel address the projector wrote, a literal: nothing is looked up. */
    private static InetAddress address(String nasname) {
        try {
            return InetAddress.getByName(nasname);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("nas row with a name that is no address: " + nasname, e);
        }
    }
}
