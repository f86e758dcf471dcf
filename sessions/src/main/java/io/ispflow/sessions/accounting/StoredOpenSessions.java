package io.ispflow.sessions.accounting;

import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.sessions.OpenSession;
import io.ispflow.sessions.OpenSessions;
import io.ispflow.sessions.PackageMembersOnline;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.UUID;

/**
 * The open sessions as the accounting read so far shows them, by subscriber or by package: not stopped,
 * stale ones included (a router that stopped reporting may still hold the session). A session closed by
 * its router's restart is stopped.
 */
@Component
class StoredOpenSessions implements OpenSessions, PackageMembersOnline {

    private final JdbcTemplate jdbc;

    StoredOpenSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OpenSession> of(SubscriberId subscriberId) {
        return jdbc.query("""
                SELECT session_id, username, router_id, nas_address, framed_ip FROM accounting_session
                WHERE subscriber_id = ? AND stopped_at IS NULL ORDER BY started_at, unique_id""",
                (rs, n) -> {
                    UUID router = rs.getObject("router_id", UUID.class);
                    return new OpenSession(rs.getString("session_id"), rs.getString("username"),
                            router == null ? null : RouterId.of(router), address(rs.getString("nas_address")),
                            address(rs.getString("framed_ip")));
                }, subscriberId.value());
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
