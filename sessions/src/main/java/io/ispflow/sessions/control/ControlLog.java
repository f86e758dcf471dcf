package io.ispflow.sessions.control;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.sessioncontrol.ControlKind;
import io.ispflow.kernel.sessioncontrol.ControlOutcome;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.sessions.OpenSession;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code session_control} table: every request's intent, written before it is sent, and its outcome.
 * A row is sent only by whoever moves it from 0 attempts to 1, so two senders never send one row.
 */
@Component
class ControlLog {

    private static final String COLUMNS = "id, event_id, subscriber_id, kind, trigger, session_id, username, router_id, "
            + "framed_ip, rate_limit, session_timeout";

    private final JdbcTemplate jdbc;

    ControlLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The intent of one request a session, or a NO_SESSION row when there is none; in the caller's transaction.
     * An event recorded already records nothing more. Answers the rows to send.
     */
    List<Long> record(String eventId, TenantId tenantId, SessionHolder holder, ControlKind kind, String trigger,
                      List<OpenSession> sessions, CoaTerms terms) {
        if (sessions.isEmpty()) {
            jdbc.update("INSERT INTO session_control (event_id, tenant_id, subscriber_id, voucher_id, kind, trigger, outcome, "
                            + "requested_at) VALUES (?, ?, ?, ?, ?, ?, 'NO_SESSION', now()) ON CONFLICT DO NOTHING",
                    eventId, tenantId.value(), holder.subscriberUuid(), holder.voucherUuid(), kind.name(), trigger);
            return List.of();
        }
        List<Long> pending = new ArrayList<>();
        for (OpenSession session : sessions) {
            pending.addAll(jdbc.query("INSERT INTO session_control (event_id, tenant_id, subscriber_id, voucher_id, kind, "
                            + "trigger, session_id, username, router_id, framed_ip, rate_limit, session_timeout, outcome, "
                            + "requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', now()) "
                            + "ON CONFLICT DO NOTHING RETURNING id",
                    (rs, row) -> rs.getLong(1),
                    eventId, tenantId.value(), holder.subscriberUuid(), holder.voucherUuid(), kind.name(), trigger,
                    session.sessionId(),
                    session.username(), session.routerId().value(), address(session.framedIp()),
                    terms == null ? null : terms.rateLimit(), terms == null ? null : terms.sessionTimeout()));
        }
        return pending;
    }

    /** The Disconnect that follows a refused CoA, for the same event and session. */
    Optional<Long> fallback(ControlRequest coa) {
        return jdbc.query("INSERT INTO session_control (event_id, tenant_id, subscriber_id, voucher_id, kind, trigger, session_id, "
                        + "username, router_id, framed_ip, outcome, requested_at) "
                        + "SELECT event_id, tenant_id, subscriber_id, voucher_id, 'DISCONNECT', trigger, session_id, username, router_id, "
                        + "framed_ip, 'PENDING', now() FROM session_control WHERE id = ? ON CONFLICT DO NOTHING RETURNING id",
                (rs, row) -> rs.getLong(1), coa.id()).stream().findFirst();
    }

    /** The row, if nobody has sent it yet; it is now this caller's to send (its first attempt). */
    Optional<ControlRequest> claim(long id) {
        return jdbc.query("UPDATE session_control SET attempts = 1, sent_at = now(), last_attempt_at = now() "
                + "WHERE id = ? AND outcome = 'PENDING' AND attempts = 0 RETURNING " + COLUMNS, REQUEST, id).stream().findFirst();
    }

    void attempted(long id, int attempt) {
        jdbc.update("UPDATE session_control SET attempts = ?, last_attempt_at = now() WHERE id = ?", attempt, id);
    }

    void outcome(long id, ControlOutcome outcome, Integer errorCause) {
        jdbc.update("UPDATE session_control SET outcome = ?, error_cause = ?, answered_at = now() "
                + "WHERE id = ? AND outcome = 'PENDING'", outcome.name(), errorCause, id);
    }

    /**
     * What a stopped process left: a request it was still retrying gets TIMEOUT (it is never sent again, since
     * its packets may have reached the router), and the ids of requests it never sent are answered, to send.
     */
    List<Long> leftBehind(Duration retryBudget) {
        Timestamp before = Timestamp.from(java.time.Instant.now().minus(retryBudget));
        jdbc.update("UPDATE session_control SET outcome = 'TIMEOUT', answered_at = now() "
                + "WHERE outcome = 'PENDING' AND attempts > 0 AND last_attempt_at < ?", before);
        return jdbc.queryForList("SELECT id FROM session_control WHERE outcome = 'PENDING' AND attempts = 0 "
                + "AND requested_at < ? ORDER BY id", Long.class, before);
    }

    private static final RowMapper<ControlRequest> REQUEST = (rs, row) -> new ControlRequest(rs.getLong("id"),
            rs.getString("event_id"), subscriber(rs.getObject("subscriber_id", UUID.class)),
            ControlKind.valueOf(rs.getString("kind")), rs.getString("trigger"), rs.getString("session_id"),
            rs.getString("username"), RouterId.of(rs.getObject("router_id", UUID.class)), framedIp(rs),
            rs.getString("rate_limit"), (Integer) rs.getObject("session_timeout"));

    private static SubscriberId subscriber(UUID id) {
        return id == null ? null : SubscriberId.of(id);
    }

    private static InetAddress framedIp(ResultSet rs) throws SQLException {
        String ip = rs.getString("framed_ip");
        try {
            return ip == null ? null : InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("session_control holds a framed_ip that is no address: " + ip, e);
        }
    }

    private static String address(InetAddress address) {
        return address == null ? null : address.getHostAddress();
    }
}
