package io.ispflow.projection.router;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterId;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * {@code router_transition}: each router's online and offline moments, projected from its events. Not a bean: the
 * projector (projections role) and the query handler (query role) each make their own, as either may run alone.
 */
class RouterTransitions {

    /** The router came online ({@code online}) or fell silent at {@code at}. */
    record Transition(Instant at, boolean online) {
    }

    private final JdbcTemplate jdbc;

    RouterTransitions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code sequence} is the event's in the router's stream: it orders two transitions of the same instant. */
    void record(RouterId routerId, long sequence, TenantId tenantId, Instant at, boolean online) {
        jdbc.update("""
                INSERT INTO router_transition (router_id, sequence, tenant_id, at, online) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", routerId.value(), sequence, tenantId.value(), utc(at), online);
    }

    /** The last transition before {@code from}, if any, then every one up to {@code to}, in the events' order. */
    List<Transition> around(RouterId routerId, Instant from, Instant to) {
        return jdbc.query("""
                (SELECT sequence, at, online FROM router_transition WHERE router_id = ? AND at < ? ORDER BY sequence DESC LIMIT 1)
                UNION ALL
                (SELECT sequence, at, online FROM router_transition WHERE router_id = ? AND at >= ? AND at < ?)
                ORDER BY sequence""",
                (rs, n) -> new Transition(rs.getTimestamp("at").toInstant(), rs.getBoolean("online")),
                routerId.value(), utc(from), routerId.value(), utc(from), utc(to));
    }

    void deleteAll() {
        jdbc.update("DELETE FROM router_transition");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
