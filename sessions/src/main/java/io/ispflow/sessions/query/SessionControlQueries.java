package io.ispflow.sessions.query;

import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.ispflow.kernel.sessioncontrol.ListSessionControl;
import io.ispflow.kernel.sessioncontrol.SessionControlEntry;
import io.ispflow.kernel.sessioncontrol.SessionControlLog;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Answers a subscriber's session-control log from the requests the session-control processor records,
 * newest first (the index on subscriber and id serves it). The caller has checked that the subscriber is
 * the tenant's; the tenant is matched here too.
 */
@Component
class SessionControlQueries {

    private final JdbcTemplate jdbc;

    SessionControlQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code sentAt} is the first attempt's time, or when a request with nothing to send was decided. */
    @QueryHandler
    SessionControlLog handle(ListSessionControl query) {
        List<SessionControlEntry> items = jdbc.query("SELECT COALESCE(sent_at, requested_at), session_id, router_id, kind, "
                        + "trigger, outcome, error_cause FROM session_control WHERE subscriber_id = ? AND tenant_id = ? "
                        + "ORDER BY id DESC LIMIT ? OFFSET ?",
                (rs, row) -> new SessionControlEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getObject(3, UUID.class), ControlKind.valueOf(rs.getString(4)), rs.getString(5),
                        ControlOutcome.valueOf(rs.getString(6)), (Integer) rs.getObject(7)),
                query.subscriberId().value(), query.tenantId().value(), query.page().size(), query.page().offset());
        Long total = jdbc.queryForObject("SELECT count(*) FROM session_control WHERE subscriber_id = ? AND tenant_id = ?",
                Long.class, query.subscriberId().value(), query.tenantId().value());
        return new SessionControlLog(items, query.page().page(), query.page().size(), total == null ? 0 : total);
    }
}
