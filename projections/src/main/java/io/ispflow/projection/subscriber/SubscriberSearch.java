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
            instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")), null);

    private final JdbcTemplate jdbc;

    SubscriberSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    SubscriberList find(ListSubscribers query) {
        StringBuilder filters = new StringBuilder(" WHERE tenant_id = ?");
        List<Object> filterArgs = new ArrayList<>(List.of(query.tenantId().value()));
        if (query.status() != null) {
            filters.append(" AND status = ?");
            filterArgs.add(query.status().name());
        }
        if (query.packageId() != null) {
            filters.append(" AND package_id = ?");
            filterArgs.add(query.packageId().value());
        }
        StringBuilder where = new StringBuilder(filters);
        List<Object> args = new ArrayList<>(filterArgs);
        boolean text = query.text() != null && !query.text().isBlank();
        if (text) {
            where.append(" AND search_text LIKE ?");
            args.add("%" + likeEscaped(query.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.page().size());
        pageArgs.add(query.page().offset());
        List<SubscriberView> items = jdbc.query("SELECT * FROM subscriber_view" + where
                + " ORDER BY username, id LIMIT ? OFFSET ?", VIEW, pageArgs.toArray());
        long total;
        if (items.size() < query.page().size() && (!items.isEmpty() || query.page().offset() == 0)) {
            // The last page: every match is before it or on it, so there is nothing left to count.
            total = query.page().offset() + items.size();
        } else if (text) {
            total = jdbc.queryForObject("SELECT count(*) FROM subscriber_view" + where, Long.class, args.toArray());
        } else {
            // Without text the total is kept per tenant, status and package (V14__subscriber_counts.sql).
            total = jdbc.queryForObject("SELECT coalesce(sum(subscribers), 0) FROM subscriber_count" + filters,
                    Long.class, filterArgs.toArray());
        }
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
