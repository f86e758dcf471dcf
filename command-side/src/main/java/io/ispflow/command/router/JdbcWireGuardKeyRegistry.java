package io.ispflow.command.router;

import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeyTakenException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Claims live in {@code wireguard_key_claim}, keyed by the key, and commit with the router's events;
 * of two routers claiming one key at once, the second waits for the first's commit and is refused.
 */
@Component
class JdbcWireGuardKeyRegistry implements WireGuardKeyRegistry {

    private final JdbcTemplate jdbc;

    JdbcWireGuardKeyRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(WireGuardKey key, RouterId routerId) {
        release(routerId);
        int claimed = jdbc.update("""
                INSERT INTO wireguard_key_claim (public_key, router_id) VALUES (?, ?)
                ON CONFLICT (public_key) DO NOTHING""", key.value(), routerId.value());
        if (claimed == 0) {
            throw new WireGuardKeyTakenException(key);
        }
    }

    @Override
    public void release(RouterId routerId) {
        jdbc.update("DELETE FROM wireguard_key_claim WHERE router_id = ?", routerId.value());
    }
}
