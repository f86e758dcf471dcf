package io.ispflow.sessions.accounting;

import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.sessions.OpenSession;
import io.ispflow.sessions.OpenSessions;
import io.ispflow.sessions.PackageMembersOnline;
import io.ispflow.sessions.VoucherSessions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The open sessions as the accounting read so far shows them, by subscriber or by package: not stopped,
 * stale ones included (a router that stopped reporting may still hold the session). A session closed by
 * its router's restart is stopped.
 */
@Component
class StoredOpenSessions implements OpenSessions, VoucherSessions, PackageMembersOnline {

    private final JdbcTemplate jdbc;

    StoredOpenSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenSession> of(SubscriberId subscriberId) {
        return jdbc.query("""
                SELECT session_id, username, router_id, nas_address, framed_ip FROM accounting_session
                WHERE subscriber_id = ? AND stopped_at IS NULL ORDER BY started_at, unique_id""",
                StoredOpenSessions::openSession, subscriberId.value());
    }

    /** A voucher's sessions are those of its code in its tenant (they name no subscriber). */
    @Override
    public List<OpenSession> of(VoucherId voucherId) {
        return jdbc.query("""
                SELECT s.session_id, s.username, s.router_id, s.nas_address, s.framed_ip FROM accounting_session s
                JOIN session_voucher v ON lower(s.username) = v.username AND s.tenant_id = v.tenant_id
                WHERE v.voucher_id = ? AND s.stopped_at IS NULL ORDER BY s.started_at, s.unique_id""",
                StoredOpenSessions::openSession, voucherId.value());
    }

    private static OpenSession openSession(ResultSet rs, int row) throws SQLException {
        UUID router = rs.getObject("router_id", UUID.class);
        return new OpenSession(rs.getString("session_id"), rs.getString("username"), router == null ? null : RouterId.of(router),
                address(rs.getString("nas_address")), address(rs.getString("framed_ip")));
    }

    @Override
    public List<SubscriberId> of(PackageId packageId) {
        return jdbc.queryForList("""
                SELECT DISTINCT member.subscriber_id FROM session_username member
                JOIN accounting_session live ON live.subscriber_id = member.subscriber_id AND live.stopped_at IS NULL
                WHERE member.package_id = ? AND NOT EXISTS (SELECT 1 FROM quota_subscriber quota
                    WHERE quota.subscriber_id = member.subscriber_id AND quota.state <> 'WITHIN')""",
                UUID.class, packageId.value()).stream().map(SubscriberId::of).toList();
    }

    /** Written from radacct's text of an IP address, so it is parsed, never looked up. */
    private static InetAddress address(String text) {
        if (text == null || !text.matches("[0-9A-Fa-f:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
