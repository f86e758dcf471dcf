package io.ispflow.command.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterPulse;
import io.ispflow.kernel.router.RouterReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code router_health}: each router's latest sign of life and its health. Every change takes the row's lock first
 * and runs in the transaction of the command that appends the transition, so a heartbeat and the sweeper, or two
 * sweepers, never decide on the same router at once.
 */
@Component
class RouterHealthRows {

    /** A router the sweeper may find silent. */
    record Silent(RouterId routerId, TenantId tenantId) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    RouterHealthRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Records a sign of life (the later of it and the one recorded, with the report if there is one) and answers
     * whether it ends a silence: the router was NEVER_SEEN, or OFFLINE and this sign is newer than its last (accounting
     * read late may be older). The row stays locked until the transaction ends.
     */
    boolean cameBack(RouterId routerId, TenantId tenantId, Instant seenAt, RouterReport report) {
        jdbc.update("INSERT INTO router_health (router_id, tenant_id, health) VALUES (?, ?, ?) ON CONFLICT (router_id) DO NOTHING",
                routerId.value(), tenantId.value(), RouterHealth.NEVER_SEEN.name());
        Map<String, Object> before = jdbc.queryForMap("SELECT health, last_seen_at FROM router_health WHERE router_id = ? FOR UPDATE",
                routerId.value());
        Timestamp lastSeen = (Timestamp) before.get("last_seen_at");
        boolean cameBack = !RouterHealth.ONLINE.name().equals(before.get("health"))
                           && (lastSeen == null || seenAt.isAfter(lastSeen.toInstant()));
        jdbc.update("UPDATE router_health SET health = CASE WHEN ? THEN ? ELSE health END, last_seen_at = GREATEST(last_seen_at, ?)"
                + " WHERE router_id = ?", cameBack, RouterHealth.ONLINE.name(), utc(seenAt), routerId.value());
        if (report != null) {
            jdbc.update("""
                    UPDATE router_health SET reported_at = ?, uptime_seconds = ?, version = ?, board = ?, cpu_load = ?,
                    free_memory_bytes = ?, active_sessions = ? WHERE router_id = ?""", utc(seenAt), report.uptimeSeconds(),
                    report.version(), report.board(), report.cpuLoad(), report.freeMemoryBytes(), report.activeSessions(),
                    routerId.value());
        }
        return cameBack;
    }

    /**
     * Marks the router OFFLINE if it is ONLINE and silent since before {@code silentSince}, under its lock; answers
     * its last sign of life then, or empty when it was seen meanwhile or another process marked it already.
     */
    Optional<Instant> offlineIfSilent(RouterId routerId, Instant silentSince) {
        List<Instant> lastSeen = jdbc.query("""
                SELECT last_seen_at FROM router_health WHERE router_id = ? AND health = ? AND last_seen_at < ? FOR UPDATE""",
                (rs, n) -> instant(rs, "last_seen_at"), routerId.value(), RouterHealth.ONLINE.name(), utc(silentSince));
        if (lastSeen.isEmpty()) {
            return Optional.empty();
        }
        jdbc.update("UPDATE router_health SET health = ? WHERE router_id = ?", RouterHealth.OFFLINE.name(), routerId.value());
        return Optional.of(lastSeen.get(0));
    }

    /** ONLINE routers silent since before {@code silentSince}, the longest silent first. */
    List<Silent> silentSince(Instant silentSince, int limit) {
        return jdbc.query("""
                SELECT router_id, tenant_id FROM router_health WHERE health = ? AND last_seen_at < ?
                ORDER BY last_seen_at LIMIT ?""",
                (rs, n) -> new Silent(RouterId.of(rs.getObject("router_id", UUID.class)), TenantId.of(rs.getObject("tenant_id", UUID.class))),
                RouterHealth.ONLINE.name(), utc(silentSince), limit);
    }

    List<RouterPulse> pulses(TenantId tenantId, List<UUID> routerIds) {
        if (routerIds.isEmpty()) {
            return List.of();
        }
        return named.query("SELECT * FROM router_health WHERE tenant_id = :tenant AND router_id IN (:routers) AND last_seen_at IS NOT NULL",
                new MapSqlParameterSource("tenant", tenantId.value()).addValue("routers", routerIds), (rs, n) -> pulse(rs));
    }

    /** Routers in service (those holding a tunnel address), by health, across tenants; every health is a key. */
    Map<RouterHealth, Long> countByHealth() {
        Map<RouterHealth, Long> counts = new EnumMap<>(RouterHealth.class);
        for (RouterHealth health : RouterHealth.values()) {
            counts.put(health, 0L);
        }
        jdbc.query("""
                SELECT COALESCE(h.health, ?) AS health, count(*) FROM tunnel_address t
                LEFT JOIN router_health h ON h.router_id = t.router_id GROUP BY 1""",
                rs -> {
                    counts.put(RouterHealth.valueOf(rs.getString(1)), rs.getLong(2));
                }, RouterHealth.NEVER_SEEN.name());
        return counts;
    }

    private static RouterPulse pulse(ResultSet rs) throws SQLException {
        Instant reportedAt = instant(rs, "reported_at");
        RouterReport report = reportedAt == null ? null : new RouterReport(number(rs, "uptime_seconds"), rs.getString("version"),
                rs.getString("board"), integer(rs, "cpu_load"), number(rs, "free_memory_bytes"), integer(rs, "active_sessions"));
        return new RouterPulse(rs.getObject("router_id", UUID.class), instant(rs, "last_seen_at"), reportedAt, report);
    }

    private static Long number(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
