package io.ispflow.command.subscriber;

import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.StaticIpTakenException;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Claims live in {@code static_ip_claim}, keyed by tenant and address, and commit with the events. */
@Component
class JdbcStaticIpRegistry implements StaticIpRegistry {

    private final JdbcTemplate jdbc;

    JdbcStaticIpRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(TenantId tenantId, Ipv4Address ip, SubscriberId subscriberId) {
        int claimed = jdbc.update("""
                INSERT INTO static_ip_claim (tenant_id, address, subscriber_id) VALUES (?, ?, ?)
                ON CONFLICT (tenant_id, address) DO NOTHING""", tenantId.value(), ip.bits(), subscriberId.value());
        if (claimed == 0) {
            throw new StaticIpTakenException(ip);
        }
    }

    @Override
    public void release(TenantId tenantId, Ipv4Address ip) {
        jdbc.update("DELETE FROM static_ip_claim WHERE tenant_id = ? AND address = ?", tenantId.value(), ip.bits());
    }
}
