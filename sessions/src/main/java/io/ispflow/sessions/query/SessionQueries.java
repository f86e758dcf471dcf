package io.ispflow.sessions.query;

import io.ispflow.kernel.session.CountOnlineSessions;
import io.ispflow.kernel.session.ListSessions;
import io.ispflow.kernel.voucher.VoucherPrinting;
import io.ispflow.kernel.session.SessionList;
import io.ispflow.kernel.session.SessionStatus;
import io.ispflow.kernel.session.SessionView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Answers the session lists and the online count from the sessions the accounting reader keeps. Every
 * list is the tenant's and newest first (an index on each filter's column and the start time serves it).
 */
@Component
class SessionQueries {

    /** ONLINE in SQL: SessionStatus's rule for an open session, its stale time still ahead. */
    private static final String ONLINE = "stopped_at IS NULL AND stale_after > ?";

    private final JdbcTemplate jdbc;

    SessionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Long handle(CountOnlineSessions query) {
        return jdbc.queryForObject("SELECT count(*) FROM accounting_session WHERE tenant_id = ? AND " + ONLINE, Long.class,
                query.tenantId().value(), utc(Instant.now()));
    }

    @QueryHandler
    SessionList handle(ListSessions query) {
        Instant now = Instant.now();
        boolean showsCodes = VoucherPrinting.allows(query.viewer());
        StringBuilder where = new StringBuilder(" FROM accounting_session s LEFT JOIN session_voucher v ON v.username = s.username"
                + " WHERE s.tenant_id = ?");
        List<Object> arguments = new ArrayList<>(List.of(query.tenantId().value()));
        if (query.subscriberId() != null) {
            where.append(" AND s.subscriber_id = ?");
            arguments.add(query.subscriberId().value());
        }
        if (query.routerId() != null) {
            where.append(" AND s.router_id = ?");
            arguments.add(query.routerId().value());
        }
        if (query.online() != null) {
            where.append(query.online() ? " AND " + ONLINE : " AND NOT (" + ONLINE + ")");
            arguments.add(utc(now));
        }
        if (query.text() != null) {
            // a code is not found by its prefix by whom may not see it
            where.append(" AND ((lower(s.username) LIKE ?" + (showsCodes ? "" : " AND v.username IS NULL")
                    + ") OR framed_ip LIKE ? OR lower(calling_station_id) LIKE ?)");
            String prefix = escaped(query.text().toLowerCase(Locale.ROOT)) + "%";
            arguments.addAll(List.of(prefix, prefix, prefix));
        }
        List<Object> paged = new ArrayList<>(arguments);
        paged.addAll(List.of(query.page().size(), query.page().offset()));
        List<SessionView> items = jdbc.query("SELECT s.*, v.username IS NOT NULL AS voucher" + where
                        + " ORDER BY started_at DESC, unique_id LIMIT ? OFFSET ?",
                (rs, n) -> view(rs, now, showsCodes || !rs.getBoolean("voucher")), paged.toArray());
        // a page short of its size, and not past the end, is the last: its rows tell the total without a count
        long total = items.size() < query.page().size() && (!items.isEmpty() || query.page().offset() == 0)
                ? query.page().offset() + items.size()
                : jdbc.queryForObject("SELECT count(*)" + where, Long.class, arguments.toArray());
        return new SessionList(items, query.page().page(), query.page().size(), total);
    }

    private static SessionView view(ResultSet rs, Instant now, boolean showsUsername) throws SQLException {
        Instant stoppedAt = instant(rs, "stopped_at");
        String cause = rs.getString("terminate_cause");
        return new SessionView(rs.getString("session_id"), rs.getObject("subscriber_id", UUID.class),
                showsUsername ? rs.getString("username") : VoucherPrinting.MASKED_CODE, rs.getObject("router_id", UUID.class), rs.getString("nas_address"),
                rs.getString("framed_ip"), rs.getString("calling_station_id"), instant(rs, "started_at"),
                instant(rs, "last_update_at"), stoppedAt, rs.getLong("upload_bytes"), rs.getLong("download_bytes"), cause,
                SessionStatus.of(stoppedAt, cause, instant(rs, "stale_after"), now));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** LIKE's wildcards in the client's text match themselves. */
    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
