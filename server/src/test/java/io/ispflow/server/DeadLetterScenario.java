package io.ispflow.server;

import io.ispflow.radius.RadiusDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A running server whose processors park the events they cannot project: a tenant's admin changes its
 * routers and subscribers, the platform administrator watches and retries the dead letters.
 * Subclasses name the databases.
 */
abstract class DeadLetterScenario {

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    Api admin;
    DeadLetterOps ops;

    @BeforeEach
    void signIn() {
        admin = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        ops = new DeadLetterOps(port);
    }

    String router(String name) {
        return stored(admin.post("/api/v1/routers", Map.of("name", name))).id();
    }

    /** The description of each nas row with this short name: a router's, once the radius processor projected it. */
    List<String> nasDescriptions(String shortname) {
        return radius.jdbcTemplate().queryForList("SELECT description FROM nas WHERE shortname = ?", String.class, shortname);
    }

    static Api.Answer stored(Api.Answer answer) {
        assertThat(answer.status()).as(answer.text()).isBetween(200, 299);
        return answer;
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
