package io.ispflow.command.vpn;

import io.ispflow.kernel.vpn.CountVpnServers;
import io.ispflow.kernel.vpn.FindVpnServer;
import io.ispflow.kernel.vpn.ListVpnServers;
import io.ispflow.kernel.vpn.VpnServerCounts;
import io.ispflow.kernel.vpn.VpnServerFlags;
import io.ispflow.kernel.vpn.VpnServerList;
import io.ispflow.kernel.vpn.VpnServerStatus;
import io.ispflow.kernel.vpn.VpnServerView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Answers the VPN server queries from {@code vpn_server}: what a heartbeat reports is in no event, so the live
 * record is the only place it is; it is always current, so these answers wait for no read model.
 */
@Component
class VpnServerQueries {

    private static final String COLUMNS = """
            vpn_server_id, ip, hostname, country_code, country, region, city, status, first_heartbeat_at,
            last_heartbeat_at, services::text, load_cpu, load_ram, load_net, enabled, is_static, tags,
            wireguard_endpoint, public_key""";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    VpnServerQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    VpnServerList handle(ListVpnServers query) {
        StringBuilder where = new StringBuilder("tenant_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(query.tenantId().value()));
        if (query.status() != null) {
            where.append(" AND status = ?");
            arguments.add(query.status().name());
        }
        if (query.countryCode() != null) {
            where.append(" AND country_code = ?");
            arguments.add(query.countryCode());
        }
        if (query.service() != null) {
            where.append(" AND services @> ?::jsonb");
            arguments.add("[{\"name\":\"" + query.service() + "\",\"active\":true}]");
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM vpn_server WHERE " + where, Long.class, arguments.toArray());
        List<Object> paged = new ArrayList<>(arguments);
        paged.add(query.page().size());
        paged.add(query.page().offset());
        List<VpnServerView> items = jdbc.query("SELECT " + COLUMNS + " FROM vpn_server WHERE " + where
                + " ORDER BY hostname, vpn_server_id LIMIT ? OFFSET ?", (rs, row) -> view(rs), paged.toArray());
        return new VpnServerList(items, query.page().page(), query.page().size(), total == null ? 0 : total);
    }

    @QueryHandler
    Optional<VpnServerView> handle(FindVpnServer query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM vpn_server WHERE vpn_server_id = ? AND tenant_id = ?",
                (rs, row) -> view(rs), query.vpnServerId().value(), query.tenantId().value()).stream().findFirst();
    }

    @QueryHandler
    VpnServerCounts handle(CountVpnServers query) {
        return jdbc.queryForObject("""
                        SELECT count(*) FILTER (WHERE status = 'UP'), count(*) FILTER (WHERE status = 'DOWN')
                        FROM vpn_server WHERE tenant_id = ?""",
                (rs, row) -> new VpnServerCounts(rs.getLong(1), rs.getLong(2)), query.tenantId().value());
    }

    private static VpnServerView view(ResultSet rs) throws SQLException {
        return new VpnServerView(rs.getObject("vpn_server_id", UUID.class), rs.getString("ip"), rs.getString("hostname"),
                rs.getString("country_code"), rs.getString("country"), rs.getString("region"), rs.getString("city"),
                VpnServerStatus.valueOf(rs.getString("status")), rs.getTimestamp("first_heartbeat_at").toInstant(),
                rs.getTimestamp("last_heartbeat_at").toInstant(),
                Arrays.asList(JSON.readValue(rs.getString("services"), VpnServerView.Service[].class)),
                new VpnServerView.Load(rs.getDouble("load_cpu"), rs.getDouble("load_ram"), rs.getDouble("load_net")),
                new VpnServerFlags(rs.getBoolean("enabled"), rs.getBoolean("is_static"),
                        Arrays.asList((String[]) rs.getArray("tags").getArray())),
                rs.getString("wireguard_endpoint"), rs.getString("public_key"));
    }
}
