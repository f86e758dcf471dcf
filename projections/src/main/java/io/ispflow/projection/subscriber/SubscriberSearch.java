package io.ispflow.projection.subscriber;

import io.ispflow.kernel.subscriber.ListSubscribers;
import io.ispflow.kernel.subscriber.SubscriberList;
import io.ispflow.kernel.subscriber.SubscriberView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Searches the subscriber list. The text match runs on {@code search_text} through its trigram
 * index (see V8__subscriber_search.sql); the order (username, id) is stable across pages.
 */
@Component
class SubscriberSearch {

    private static final RowMapper<SubscriberView> VIEW = (rs, row) -> new SubscriberView(
            rs.getObject("id", UUID.class), rs.getString("account_number"), rs.getString("username"),
            rs.getString("type"), rs.getObject("package_id", UUID.class), rs.getString("package_name"),
            rs.getString("status"), instant(rs.getTimestamp("expires_at")), rs.getString("static_ip"),
            rs.getString("full_name"), rs.getString("phone"), rs.getString("email"), rs.getString("address"),
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));

    private final JdbcTemplate jdbc;

    SubscriberSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SubscriberList find(ListSubscribers query) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        List<Object> args = new ArrayList<>(List.of(query.tenantId().value()));
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND search_text LIKE ?");
            args.add("%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.packageId() != null) {
            where.append(" AND package_id = ?");
            args.add(query.packageId().value());
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM subscriber_view" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.page().size());
        pageArgs.add(query.page().offset());
        List<SubscriberView> items = jdbc.query("SELECT * FROM subscriber_view" + where
                + " ORDER BY username, id LIMIT ? OFFSET ?", VIEW, pageArgs.toArray());
        return new SubscriberList(items, query.page().page(), query.page().size(), total);
    }

    /** What the operator typed is matched literally: % and _ are not wildcards. */
    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
