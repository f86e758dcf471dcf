package io.ispflow.sessions.accounting;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The usage of each subscriber's current subscription period ({@code quota_usage}), added in the accounting
 * reader's transaction from the same growth as the daily usage, so it counts what the days count, once. A
 * subscriber whose period grew is marked for the quota watcher.
 */
@Component
class QuotaPeriods {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    QuotaPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Bytes that grew between two reports of a subscriber's session. */
    record Growth(UUID subscriberId, long bytes, Instant from, Instant to) {
    }

    void add(List<Growth> growths) {
        if (growths.isEmpty()) {
            return;
        }
        Map<UUID, Instant> periods = starts(growths.stream().map(Growth::subscriberId).distinct().toList());
        Map<UUID, Long> grown = new LinkedHashMap<>();
        for (Growth growth : growths) {
            Instant start = periods.get(growth.subscriberId());
            if (start != null) {
                grown.merge(growth.subscriberId(), PeriodShare.of(growth.bytes(), growth.from(), growth.to(), start), Long::sum);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        grown.forEach((subscriber, bytes) -> {
            if (bytes > 0) {
                rows.add(new Object[]{subscriber, periods.get(subscriber).atOffset(ZoneOffset.UTC), bytes});
            }
        });
        jdbc.batchUpdate("""
                INSERT INTO quota_usage (subscriber_id, period_start, bytes) VALUES (?, ?, ?)
                ON CONFLICT (subscriber_id, period_start) DO UPDATE SET bytes = quota_usage.bytes + EXCLUDED.bytes""", rows);
        jdbc.batchUpdate("UPDATE quota_subscriber SET check_due = true WHERE subscriber_id = ? AND NOT check_due",
                rows.stream().map(row -> new Object[]{row[0]}).toList());
    }

    private Map<UUID, Instant> starts(Collection<UUID> subscribers) {
        Map<UUID, Instant> starts = new HashMap<>();
        named.query("SELECT subscriber_id, period_start FROM quota_subscriber WHERE subscriber_id IN (:ids)",
                new MapSqlParameterSource("ids", subscribers),
                rs -> {
                    starts.put(rs.getObject("subscriber_id", UUID.class), rs.getTimestamp("period_start").toInstant());
                });
        return starts;
    }
}
