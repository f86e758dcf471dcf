package io.ispflow.sessions.quota;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.quota.QuotaState;
import io.ispflow.kernel.quota.RecordQuotaExhaustion;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reports to the subscriber when its period's usage reached its package's quota and top-ups: every
 * {@code ispflow.sessions.quota.check-interval} (5 s) it looks at the subscribers whose usage grew or whose terms
 * changed since it last looked, and sends {@link RecordQuotaExhaustion} for those over their allowance, with the
 * usage in whole megabytes (10^6 bytes). The subscriber records the crossing once a period, so a report sent twice
 * (two processes, a projection not yet caught up) records nothing more. It also keeps their bytes left in the RADIUS
 * database ({@link BytesLeftRows}) for the next login's answer, and takes a terminated subscriber's away.
 */
@Component
public class QuotaWatcher {

    private static final Logger log = LoggerFactory.getLogger(QuotaWatcher.class);
    private static final long MEGABYTE = 1_000_000;
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final BytesLeftRows bytesLeftRows;

    QuotaWatcher(JdbcTemplate jdbc, CommandGateway commands, BytesLeftRows bytesLeftRows) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.bytesLeftRows = bytesLeftRows;
    }

    /** A marked subscriber; a null quota: its package has none; a null username: not projected yet. */
    record Due(UUID subscriberId, UUID tenantId, String username, boolean terminated, Instant periodStart, boolean within,
               long usedBytes, long topUpMb, Integer quotaMb, RateLimit fairUsageRate) {

        /** Only a subscriber within a quota can cross it. */
        boolean exhausted() {
            return within && quotaMb != null && usedBytes >= allowanceBytes();
        }

        /** What a login may still use; none once used up, when the fair-usage rate or a reject takes over. */
        BytesLeftRows.BytesLeft bytesLeft() {
            boolean counted = !terminated && within && quotaMb != null && usedBytes < allowanceBytes();
            return new BytesLeftRows.BytesLeft(subscriberId, username, counted ? allowanceBytes() - usedBytes : null);
        }

        private long allowanceBytes() {
            return (quotaMb + topUpMb) * MEGABYTE;
        }

        RecordQuotaExhaustion report() {
            return new RecordQuotaExhaustion(SubscriberId.of(subscriberId), TenantId.of(tenantId), periodStart,
                    (int) Math.min(Integer.MAX_VALUE, usedBytes / MEGABYTE), quotaMb, fairUsageRate);
        }
    }

    @Scheduled(fixedDelayString = "${ispflow.sessions.quota.check-interval:5s}")
    void poll() {
        try {
            check();
        } catch (RuntimeException e) {
            log.warn("Could not check the data quotas: {}", e.toString());
        }
    }

    /** Looks at every subscriber marked since the last look; answers how many it reported. Tests call it to check at once. */
    public synchronized int check() {
        int reported = 0;
        List<Due> due;
        do {
            due = takeMarked();
            for (Due subscriber : due) {
                if (subscriber.exhausted()) {
                    send(subscriber.report());
                    reported++;
                }
            }
            keepBytesLeft(due);
        } while (due.size() == BATCH);
        return reported;
    }

    /** On failure the batch is marked again, for the next look, and this one stops. */
    private void keepBytesLeft(List<Due> due) {
        List<UUID> ids = due.stream().map(Due::subscriberId).toList();
        try {
            bytesLeftRows.replace(due.stream().map(Due::bytesLeft).toList());
        } catch (RuntimeException e) {
            jdbc.batchUpdate("UPDATE quota_subscriber SET check_due = true WHERE subscriber_id = ?",
                    ids.stream().map(id -> new Object[] {id}).toList());
            throw e;
        }
        jdbc.batchUpdate("DELETE FROM quota_subscriber WHERE subscriber_id = ? AND terminated",
                ids.stream().map(id -> new Object[] {id}).toList());
    }

    /**
     * Unmarks a batch of subscribers and reads their terms and usage; a mark set again meanwhile (more usage) is
     * seen by the next look.
     */
    private List<Due> takeMarked() {
        return jdbc.query("""
                WITH marked AS (
                    UPDATE quota_subscriber SET check_due = false
                    WHERE subscriber_id IN (SELECT subscriber_id FROM quota_subscriber WHERE check_due LIMIT ?)
                    RETURNING subscriber_id, tenant_id, package_id, period_start, top_up_mb, state, terminated)
                SELECT m.subscriber_id, m.tenant_id, m.period_start, m.state, m.top_up_mb, m.terminated, p.quota_mb,
                       p.fup_download_kbps, p.fup_upload_kbps, COALESCE(u.bytes, 0) AS used_bytes, n.username
                FROM marked m
                LEFT JOIN session_username n ON n.subscriber_id = m.subscriber_id
                LEFT JOIN quota_package p ON p.package_id = m.package_id
                LEFT JOIN quota_usage u ON u.subscriber_id = m.subscriber_id AND u.period_start = m.period_start""",
                (rs, row) -> {
            Integer fupDownload = (Integer) rs.getObject("fup_download_kbps");
            return new Due(rs.getObject("subscriber_id", UUID.class), rs.getObject("tenant_id", UUID.class),
                    rs.getString("username"), rs.getBoolean("terminated"), rs.getTimestamp("period_start").toInstant(), QuotaState.WITHIN.name().equals(rs.getString("state")),
                    rs.getLong("used_bytes"), rs.getLong("top_up_mb"), (Integer) rs.getObject("quota_mb"),
                    fupDownload == null ? null : new RateLimit(fupDownload, rs.getInt("fup_upload_kbps")));
        }, BATCH);
    }

    private void send(RecordQuotaExhaustion report) {
        try {
            commands.sendAndWait(report);
        } catch (RuntimeException e) {
            // unmarked already: the next growth of its usage reports it again
            log.warn("Could not report subscriber {} over its quota: {}", report.subscriberId(), e.toString());
        }
    }
}
