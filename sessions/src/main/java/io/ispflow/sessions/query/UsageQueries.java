package io.ispflow.sessions.query;

import io.ispflow.kernel.session.ShowUsage;
import io.ispflow.kernel.session.UsageReport;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers a subscriber's daily usage from the rollups, every day of the range, zero where nothing was used. */
@Component
class UsageQueries {

    private final JdbcTemplate jdbc;

    UsageQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    UsageReport handle(ShowUsage query) {
        Map<LocalDate, UsageReport.Day> used = new HashMap<>();
        jdbc.query("""
                SELECT day, upload_bytes, download_bytes, sessions, online_seconds FROM usage_day
                WHERE subscriber_id = ? AND tenant_id = ? AND day BETWEEN ? AND ?""", rs -> {
            LocalDate day = rs.getDate("day").toLocalDate();
            used.put(day, new UsageReport.Day(day, rs.getLong("upload_bytes"), rs.getLong("download_bytes"),
                    rs.getLong("sessions"), rs.getLong("online_seconds")));
        }, query.subscriberId().value(), query.tenantId().value(), Date.valueOf(query.from()), Date.valueOf(query.to()));
        List<UsageReport.Day> days = new ArrayList<>();
        for (LocalDate day = query.from(); !day.isAfter(query.to()); day = day.plusDays(1)) {
            days.add(used.getOrDefault(day, new UsageReport.Day(day, 0, 0, 0, 0)));
        }
        return UsageReport.of(days);
    }
}
