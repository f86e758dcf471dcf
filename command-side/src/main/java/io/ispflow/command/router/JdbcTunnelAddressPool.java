package io.ispflow.command.router;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.TunnelPoolExhaustedException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Allocates from the {@code tunnel_address} table. Registrations are rare, so one transaction
 * lock serialises them: two routers can never be handed the same address.
 */
@Component
class JdbcTunnelAddressPool implements TunnelAddressPool {

    private final JdbcTemplate jdbc;
    private final TunnelSubnet subnet;

    JdbcTunnelAddressPool(JdbcTemplate jdbc, TunnelSubnet subnet) {
        this.jdbc = jdbc;
        this.subnet = subnet;
    }

    @Override
    public Ipv4Address allocate(RouterId routerId) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext('tunnel_address'))", Object.class);
        Integer lowestFree = jdbc.queryForObject("""
                SELECT min(candidate) FROM generate_series(?, ?) AS candidate
                WHERE NOT EXISTS (SELECT 1 FROM tunnel_address t WHERE t.address = candidate)""",
                Integer.class, subnet.firstRouterAddress().bits(), subnet.lastRouterAddress().bits());
        if (lowestFree == null) {
            throw new TunnelPoolExhaustedException();
        }
        jdbc.update("INSERT INTO tunnel_address (address, router_id) VALUES (?, ?)", lowestFree, routerId.value());
        return Ipv4Address.of(lowestFree);
    }

    @Override
    public void release(RouterId routerId) {
        jdbc.update("DELETE FROM tunnel_address WHERE router_id = ?", routerId.value());
    }
}
