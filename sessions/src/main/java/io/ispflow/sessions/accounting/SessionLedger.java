package io.ispflow.sessions.accounting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The sessions module's tables in the application database: the sessions as last read, the daily usage,
 * the directory of usernames and NAS addresses, and the cursor.
 */
@Component
class SessionLedger {

    private static final String UPSERT_SESSION = """
            INSERT INTO accounting_session (unique_id, session_id, tenant_id, subscriber_id, username, router_id,
                nas_address, framed_ip, calling_station_id, started_at, last_update_at, stopped_at, stale_after,
                upload_bytes, download_bytes, online_seconds, terminate_cause)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (unique_id) DO UPDATE SET session_id = EXCLUDED.session_id, tenant_id = EXCLUDED.tenant_id,
                subscriber_id = EXCLUDED.subscriber_id, router_id = EXCLUDED.router_id,
                framed_ip = EXCLUDED.framed_ip, calling_station_id = EXCLUDED.calling_station_id,
                started_at = EXCLUDED.started_at, last_update_at = EXCLUDED.last_update_at,
                stopped_at = EXCLUDED.stopped_at, stale_after = EXCLUDED.stale_after,
                upload_bytes = EXCLUDED.upload_bytes, download_bytes = EXCLUDED.download_bytes,
                online_seconds = EXCLUDED.online_seconds, terminate_cause = EXCLUDED.terminate_cause""";

    private static final String ADD_USAGE = """
            INSERT INTO usage_day (subscriber_id, day, tenant_id, upload_bytes, download_bytes, sessions, online_seconds)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (subscriber_id, day) DO UPDATE SET
                upload_bytes = usage_day.upload_bytes + EXCLUDED.upload_bytes,
                download_bytes = usage_day.download_bytes + EXCLUDED.download_bytes,
                sessions = usage_day.sessions + EXCLUDED.sessions,
                online_seconds = usage_day.online_seconds + EXCLUDED.online_seconds""";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    SessionLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The cursor, locked until the transaction ends: one reader at a time, whatever the processes. */
    Instant lockCursor() {
        return jdbc.queryForObject("SELECT changed FROM accounting_cursor WHERE id = 1 FOR UPDATE", Timestamp.class).toInstant();
    }

    Instant cursor() {
        return jdbc.queryForObject("SELECT changed FROM accounting_cursor WHERE id = 1", Timestamp.class).toInstant();
    }

    void moveCursor(Instant changed) {
        jdbc.update("UPDATE accounting_cursor SET changed = ? WHERE id = 1 AND changed < ?", utc(changed), utc(changed));
    }

    Map<String, TakenSession> taken(Collection<String> uniqueIds) {
        Map<String, TakenSession> taken = new HashMap<>();
        named.query("""
                SELECT unique_id, tenant_id, subscriber_id, router_id, last_update_at, upload_bytes, download_bytes,
                       online_seconds
                FROM accounting_session WHERE unique_id IN (:ids)""", new MapSqlParameterSource("ids", uniqueIds), rs -> {
            taken.put(rs.getString("unique_id"), new TakenSession(rs.getObject("tenant_id", UUID.class),
                    rs.getObject("subscriber_id", UUID.class), rs.getObject("router_id", UUID.class),
                    rs.getTimestamp("last_update_at").toInstant(), new Usage(rs.getLong("upload_bytes"),
                    rs.getLong("download_bytes"), rs.getLong("online_seconds"))));
        });
        return taken;
    }

    /** A voucher's username has its tenant but no subscriber: its sessions are listed, its usage is nobody's. */
    Map<String, Owner> subscribers(Collection<String> usernames) {
        return owners("""
                SELECT username AS name, subscriber_id AS id, tenant_id FROM session_username WHERE username IN (:names)
                UNION ALL SELECT username, NULL, tenant_id FROM session_voucher WHERE username IN (:names)""", usernames);
    }

    Map<String, Owner> routers(Collection<String> nasAddresses) {
        return owners("SELECT nas_address AS name, router_id AS id, tenant_id FROM session_nas WHERE nas_address IN (:names)",
                nasAddresses);
    }

    private Map<String, Owner> owners(String sql, Collection<String> names) {
        Map<String, Owner> owners = new HashMap<>();
        named.query(sql, new MapSqlParameterSource("names", names), rs -> {
            owners.put(rs.getString("name"), new Owner(rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class)));
        });
        return owners;
    }

    void save(List<SessionRecord> sessions) {
        List<Object[]> rows = new ArrayList<>();
        for (SessionRecord s : sessions) {
            AccountingRow row = s.row();
            rows.add(new Object[]{row.uniqueId(), row.sessionId(), s.tenantId(), s.subscriberId(), row.username(),
                    s.routerId(), row.nasAddress(), row.framedIp(), row.callingStationId(), utc(row.startedAt()),
                    utc(row.reportedAt()), utc(row.stoppedAt()), utc(s.staleAfter()), row.inputOctets(),
                    row.outputOctets(), row.onlineSeconds(), row.terminateCause()});
        }
        jdbc.batchUpdate(UPSERT_SESSION, rows);
    }

    void add(Map<UsageDay, DailyGrowth> usage) {
        List<Object[]> rows = new ArrayList<>();
        usage.forEach((key, growth) -> rows.add(new Object[]{key.subscriberId(), Date.valueOf(key.day()), growth.tenantId(),
                growth.usage().uploadBytes(), growth.usage().downloadBytes(), growth.sessions(),
                growth.usage().onlineSeconds()}));
        jdbc.batchUpdate(ADD_USAGE, rows);
    }

    /** A subscriber's day of usage, as a key. */
    record UsageDay(UUID subscriberId, LocalDate day) {
    }

    /** What a day of a subscriber grows by in one batch. */
    record DailyGrowth(UUID tenantId, Usage usage, long sessions) {

        DailyGrowth plus(DailyGrowth more) {
            return new DailyGrowth(tenantId, usage.plus(more.usage()), sessions + more.sessions());
        }
    }

    private static Object utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
