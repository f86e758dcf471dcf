package io.ispflow.command.vpn;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.WireGuardEndpoint;
import io.ispflow.kernel.router.WireGuardKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code vpn_server}: each server's live record. Heartbeats and the sweeper write it directly (heartbeats are not
 * events); {@link VpnServers} writes what the events decide, in their command's transaction.
 */
@Component
class VpnServerRecords {

    /** A server that a heartbeat or the sweeper acted on, and when it was last heard. */
    record Touched(VpnServerId vpnServerId, TenantId tenantId, Instant lastHeartbeatAt, boolean wasDown) {
    }

    private static final String REPORTED = "hostname = ?, country_code = ?, country = ?, region = ?, city = ?, "
            + "services = ?::jsonb, load_cpu = ?, load_ram = ?, load_net = ?, last_heartbeat_at = ?";

    private final JdbcTemplate jdbc;

    VpnServerRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new row for the tenant's address; empty when the address already has one (another heartbeat was first). */
    Optional<VpnServerId> claim(TenantId tenantId, HeartbeatReport report, Instant at) {
        VpnServerId id = VpnServerId.random();
        int inserted = jdbc.update("""
                INSERT INTO vpn_server (vpn_server_id, tenant_id, ip, status, first_heartbeat_at, hostname, country_code,
                    country, region, city, services, load_cpu, load_ram, load_net, last_heartbeat_at)
                VALUES (?, ?, ?, 'UP', ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (tenant_id, ip) DO NOTHING""",
                id.value(), tenantId.value(), report.ip(), Timestamp.from(at), report.hostname(), report.countryCode(),
                report.country(), report.region(), report.city(), servicesJson(report), report.load().cpu(),
                report.load().ram(), report.load().net(), Timestamp.from(at));
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /** Its registration failed: the address is free for the next heartbeat. */
    void unclaim(VpnServerId id) {
        jdbc.update("DELETE FROM vpn_server WHERE vpn_server_id = ?", id.value());
    }

    /** Records a later heartbeat and marks the server UP; says whether it was DOWN, so that one heartbeat tells. */
    Optional<Touched> beat(TenantId tenantId, HeartbeatReport report, Instant at) {
        return jdbc.query("""
                        UPDATE vpn_server s SET status = 'UP', %s
                        FROM (SELECT vpn_server_id, status FROM vpn_server WHERE tenant_id = ? AND ip = ? FOR UPDATE) old
                        WHERE s.vpn_server_id = old.vpn_server_id
                        RETURNING s.vpn_server_id, s.tenant_id, s.last_heartbeat_at, old.status = 'DOWN'""".formatted(REPORTED),
                (rs, row) -> touched(rs),
                report.hostname(), report.countryCode(), report.country(), report.region(), report.city(),
                servicesJson(report), report.load().cpu(), report.load().ram(), report.load().net(), Timestamp.from(at),
                tenantId.value(), report.ip()).stream().findFirst();
    }

    /** Marks UP servers silent since before {@code cutoff} DOWN; a server another process marks is skipped. */
    List<Touched> markDown(Instant cutoff, int limit) {
        return jdbc.query("""
                        UPDATE vpn_server SET status = 'DOWN'
                        WHERE status = 'UP' AND last_heartbeat_at < ? AND vpn_server_id IN (
                            SELECT vpn_server_id FROM vpn_server WHERE status = 'UP' AND last_heartbeat_at < ?
                            LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING vpn_server_id, tenant_id, last_heartbeat_at, false""",
                (rs, row) -> touched(rs), Timestamp.from(cutoff), Timestamp.from(cutoff), limit);
    }

    /** Its VpnServerWentDown could not be stored: UP again, unless a heartbeat came meanwhile, for the next sweep. */
    void undoDown(VpnServerId id) {
        jdbc.update("UPDATE vpn_server SET status = 'UP' WHERE vpn_server_id = ? AND status = 'DOWN'", id.value());
    }

    /** Deletes servers that are not static and were silent since before {@code cutoff}, each by one process. */
    List<Touched> forget(Instant cutoff, int limit) {
        return jdbc.query("""
                        DELETE FROM vpn_server
                        WHERE NOT is_static AND last_heartbeat_at < ? AND vpn_server_id IN (
                            SELECT vpn_server_id FROM vpn_server WHERE NOT is_static AND last_heartbeat_at < ?
                            LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING vpn_server_id, tenant_id, last_heartbeat_at, status = 'DOWN'""",
                (rs, row) -> touched(rs), Timestamp.from(cutoff), Timestamp.from(cutoff), limit);
    }

    void flags(VpnServerId id, VpnServerFlags flags) {
        jdbc.update("UPDATE vpn_server SET enabled = ?, is_static = ?, tags = ? WHERE vpn_server_id = ?",
                statement -> {
                    statement.setBoolean(1, flags.enabled());
                    statement.setBoolean(2, flags.isStatic());
                    statement.setArray(3, statement.getConnection().createArrayOf("text", flags.tags().toArray()));
                    statement.setObject(4, id.value());
                });
    }

    void wireGuard(VpnServerId id, WireGuardEndpoint endpoint, WireGuardKey publicKey) {
        jdbc.update("UPDATE vpn_server SET wireguard_endpoint = ?, public_key = ? WHERE vpn_server_id = ?",
                endpoint == null ? null : endpoint.value(), publicKey == null ? null : publicKey.value(), id.value());
    }

    void removed(VpnServerId id) {
        jdbc.update("DELETE FROM vpn_server WHERE vpn_server_id = ?", id.value());
    }

    private static Touched touched(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Touched(VpnServerId.of(rs.getObject(1, UUID.class)), TenantId.of(rs.getObject(2, UUID.class)),
                rs.getTimestamp(3).toInstant(), rs.getBoolean(4));
    }

    /** Names and states only, validated before: safe to write as JSON text without a mapper. */
    private static String servicesJson(HeartbeatReport report) {
        return report.services().stream()
                .map(service -> "{\"name\":\"" + service.name() + "\",\"active\":" + service.active() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
