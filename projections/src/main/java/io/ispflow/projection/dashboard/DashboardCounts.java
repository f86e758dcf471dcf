package io.ispflow.projection.dashboard;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.dashboard.ExpiringSubscriber;
import io.ispflow.kernel.dashboard.PackageCount;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterStatus;
import io.ispflow.kernel.subscriber.SubscriberStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dashboard's SQL aggregates over the read model's tables, each scoped to one tenant. Which
 * index serves which is in docs/read-model.md.
 */
@Component
class DashboardCounts {

    /** A literal, not a parameter, so that the planner can use the expiry index, which leaves the terminated out. */
    private static final String NOT_TERMINATED = "status <> '" + SubscriberStatus.TERMINATED.name() + "'";

    private static final String EXPIRING = " FROM subscriber_view WHERE tenant_id = ? AND " + NOT_TERMINATED
            + " AND expires_at > ? AND expires_at <= ?";

    private final JdbcTemplate jdbc;

    DashboardCounts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> subscribersByStatus(TenantId tenant) {
        return zeroFilled(SubscriberStatus.values(),
                "SELECT status, count(*) FROM subscriber_view WHERE tenant_id = ? GROUP BY status", tenant);
    }

    /** Every package, the ones nobody is on included; terminated subscribers are on no package any more. */
    List<PackageCount> subscribersByPackage(TenantId tenant) {
        return jdbc.query("""
                SELECT p.id, p.name, count(s.id) AS subscribers
                FROM package_view p
                LEFT JOIN subscriber_view s ON s.tenant_id = p.tenant_id AND s.package_id = p.id AND s.%s
                WHERE p.tenant_id = ?
                GROUP BY p.id, p.name
                ORDER BY p.name, p.id""".formatted(NOT_TERMINATED),
                (rs, row) -> new PackageCount(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("subscribers")),
                tenant.value());
    }

    Map<String, Long> routersByState(TenantId tenant) {
        return zeroFilled(RouterStatus.values(), "SELECT status, count(*) FROM router_view WHERE tenant_id = ? GROUP BY status", tenant);
    }

    /** Routers in service by health; a decommissioned router's last health is history. */
    Map<String, Long> routersByHealth(TenantId tenant) {
        return zeroFilled(RouterHealth.values(), "SELECT health, count(*) FROM router_view WHERE tenant_id = ? AND status = '"
                + RouterStatus.ACTIVE.name() + "' GROUP BY health", tenant);
    }

    long expiring(TenantId tenant, Instant after, Instant until) {
        return jdbc.queryForObject("SELECT count(*)" + EXPIRING, Long.class, tenant.value(), utc(after), utc(until));
    }

    List<ExpiringSubscriber> soonestExpiring(TenantId tenant, Instant after, Instant until, int limit) {
        return jdbc.query("SELECT id, account_number, username, full_name, phone, package_name, status, expires_at"
                        + EXPIRING + " ORDER BY expires_at, id LIMIT ?",
                (rs, row) -> new ExpiringSubscriber(rs.getObject("id", UUID.class), rs.getString("account_number"),
                        rs.getString("username"), rs.getString("full_name"), rs.getString("phone"),
                        rs.getString("package_name"), rs.getString("status"),
                        rs.getTimestamp("expires_at").toInstant()),
                tenant.value(), utc(after), utc(until), limit);
    }

    /** Counts per state, in the given order, with zero for a state no row is in. */
    private Map<String, Long> zeroFilled(Enum<?>[] states, String sql, TenantId tenant) {
        Map<String, Long> counts = new LinkedHashMap<>();
        Arrays.stream(states).forEach(state -> counts.put(state.name(), 0L));
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, tenant.value());
        return counts;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
