package io.ispflow.server;

import io.ispflow.projection.ProjectionsConfiguration;
import io.ispflow.radius.RadiusDatabase;
import io.ispflow.radius.RadiusProjectorConfiguration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Resetting a processor replays every event from the store and rebuilds the same rows: the
 * events, their serialised form and the replay tokens all survive the round trip.
 */
@ApiTest
class ReplayTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String READ_MODEL = """
            SELECT 'package' AS kind, id::text AS id, name AS value, created_at, updated_at FROM package_view
            UNION ALL SELECT 'router', id::text, tunnel_address, created_at, updated_at FROM router_view
            UNION ALL SELECT 'subscriber', id::text, account_number || ' ' || username || ' ' || package_name,
                             created_at, updated_at FROM subscriber_view
            UNION ALL SELECT 'subscriber count', tenant_id || ' ' || status || ' ' || package_id, subscribers::text,
                             NULL, NULL FROM subscriber_count WHERE subscribers <> 0
            ORDER BY 1, 2""";
    static final String RADIUS_TABLES = """
            SELECT 'check' AS kind, username AS owner, attribute, op, value FROM radcheck
            UNION ALL SELECT 'reply', username, attribute, op, value FROM radreply
            UNION ALL SELECT 'group-check', groupname, attribute, op, value FROM radgroupcheck
            UNION ALL SELECT 'group-reply', groupname, attribute, op, value FROM radgroupreply
            UNION ALL SELECT 'member', username, groupname, '', CAST(priority AS VARCHAR(8)) FROM radusergroup
            UNION ALL SELECT 'nas', nasname, shortname, type, secret FROM nas
            ORDER BY 1, 2, 3""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    EventProcessingConfiguration processors;

    @Test
    void resettingTheProcessorsRebuildsTheReadModelAndTheRadiusTables() {
        Api api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String pkg = api.post("/api/v1/packages", Map.of("name", "Replay 10", "downloadKbps", 10000, "uploadKbps", 2000,
                "deviceLimit", 1, "sessionTimeout", 3600, "addressPool", "replay-pool")).id();
        api.post("/api/v1/routers", Map.of("name", "replay-router"));
        api.post("/api/v1/subscribers", Map.of("username", "replay-static", "password", "secret-123", "type", "STATIC",
                "packageId", pkg, "staticIp", "198.51.100.20"));
        long last = api.post("/api/v1/subscribers", Map.of("username", "replay-pppoe", "password", "secret-456",
                "type", "PPPOE", "packageId", pkg, "expiresAt", "2027-01-31T12:00:00Z")).position();
        assertThat(api.get("/api/v1/packages", last).status()).isEqualTo(200);
        List<Map<String, Object>> readModel = appDatabase.queryForList(READ_MODEL);
        List<Map<String, Object>> radiusTables = Eventually.value(() -> radius.jdbcTemplate().queryForList(RADIUS_TABLES),
                rows -> rows.stream().anyMatch(row -> "replay-pppoe".equals(row.get("owner"))), Duration.ofSeconds(10));

        radius.jdbcTemplate().update("DELETE FROM radcheck");
        radius.jdbcTemplate().update("DELETE FROM radusergroup");
        reset(ProjectionsConfiguration.PROCESSING_GROUP);
        reset(RadiusProjectorConfiguration.PROCESSING_GROUP);

        Eventually.value(() -> appDatabase.queryForList(READ_MODEL), readModel::equals, Duration.ofSeconds(20));
        Eventually.value(() -> radius.jdbcTemplate().queryForList(RADIUS_TABLES), radiusTables::equals, Duration.ofSeconds(20));
        assertThat(processor(ProjectionsConfiguration.PROCESSING_GROUP).isRunning()).isTrue();
        assertThat(processor(RadiusProjectorConfiguration.PROCESSING_GROUP).isRunning()).isTrue();
    }

    private void reset(String name) {
        TrackingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    private TrackingEventProcessor processor(String name) {
        return processors.eventProcessor(name, TrackingEventProcessor.class).orElseThrow();
    }
}
