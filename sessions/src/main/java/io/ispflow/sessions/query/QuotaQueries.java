package io.ispflow.sessions.query;

import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.QuotaView;
import io.ispflow.kernel.quota.ShowQuota;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.Optional;

/** Answers a subscriber's quota from the quota watcher's tables: terms from the events, usage from the accounting. */
@Component
class QuotaQueries {

    private static final long MEGABYTE = 1_000_000;

    private final JdbcTemplate jdbc;

    QuotaQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A package without a quota is UNLIMITED, unless the subscriber is still exhausted under the one it had. */
    @QueryHandler
    Optional<QuotaView> handle(ShowQuota query) {
        return jdbc.query("""
                SELECT p.quota_mb, COALESCE(u.bytes, 0) AS used_bytes, s.top_up_mb, s.period_start, s.period_end, s.state
                FROM quota_subscriber s
                LEFT JOIN quota_package p ON p.package_id = s.package_id
                LEFT JOIN quota_usage u ON u.subscriber_id = s.subscriber_id AND u.period_start = s.period_start
                WHERE s.subscriber_id = ? AND s.tenant_id = ? AND NOT s.terminated""", (rs, row) -> {
            Integer limit = (Integer) rs.getObject("quota_mb");
            QuotaState state = QuotaState.valueOf(rs.getString("state"));
            Timestamp end = rs.getTimestamp("period_end");
            return new QuotaView(limit, rs.getLong("used_bytes") / MEGABYTE, rs.getLong("top_up_mb"),
                    rs.getTimestamp("period_start").toInstant(), end == null ? null : end.toInstant(),
                    limit == null && state == QuotaState.WITHIN ? QuotaState.UNLIMITED : state);
        }, query.subscriberId().value(), query.tenantId().value()).stream().findFirst();
    }
}
