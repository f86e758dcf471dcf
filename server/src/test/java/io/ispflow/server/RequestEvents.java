package io.ispflow.server;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the events appended on behalf of HTTP requests. The system's own commands (a silent router
 * taken offline, a VPN server forgotten, an expiry noticed) carry no request id: their sweepers run
 * while a test does, so "no event was stored" is asked of the requests' events only.
 */
public final class RequestEvents {

    private RequestEvents() {
    }

    public static long count(JdbcTemplate appDatabase) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE convert_from(meta_data, 'UTF8') LIKE '%\"requestId\"%'", Long.class);
    }

    /** The events one request appended, by the X-Request-Id it was answered with. */
    public static long of(JdbcTemplate appDatabase, String requestId) {
        return appDatabase.queryForObject("SELECT count(*) FROM domain_event_entry "
                + "WHERE convert_from(meta_data, 'UTF8') LIKE ?", Long.class, "%\"requestId\":\"" + requestId + "\"%");
    }
}
