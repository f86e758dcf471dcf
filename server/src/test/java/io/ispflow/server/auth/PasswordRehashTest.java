package io.ispflow.server.auth;

import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.ChangeOperatorPassword;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' passwords are hashed with OWASP's Argon2id parameters (m=19 MiB, t=2, p=1), and a hash
 * made with weaker ones, as before them, is replaced by an event when its operator next signs in.
 */
@ApiTest
class PasswordRehashTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final String OWASP_PARAMETERS = "$argon2id$v=19$m=19456,t=2,p=1$";
    static final String PASSWORD = "rehash-password-1";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    CommandGateway commands;

    @Test
    void aNewPasswordIsHashedWithOwaspsParameters() {
        String id = newOperator();

        assertThat(storedHash(id)).startsWith(OWASP_PARAMETERS);
    }

    @Test
    void aHashMadeWithTheOldParametersStillSignsInAndIsReplacedByAnEventOfTheOperatorsOwn() {
        String id = newOperator();
        String username = username(id);
        String oldHash = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        commands.sendAndWait(new ChangeOperatorPassword(OperatorId.of(UUID.fromString(id)), tenantOf(id), PasswordHash.of(oldHash)));
        assertThat(storedHash(id)).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");

        Api signedIn = new Api(port).login(username, PASSWORD);

        assertThat(storedHash(id)).startsWith(OWASP_PARAMETERS);
        assertThat(rehashes(id)).singleElement().asString()
                .contains("\"operatorId\":\"" + id + "\"").contains("\"tenantId\":\"" + tenantOf(id).value() + "\"");
        assertThat(signedIn.get("/api/v1/packages").status()).isEqualTo(200);
        new Api(port).login(username, PASSWORD);
        assertThat(rehashes(id)).hasSize(1);
    }

    private String newOperator() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        Api.Answer created = owner.post("/api/v1/operators", Map.of("username", "rehash-" + UUID.randomUUID().toString().substring(0, 8),
                "password", PASSWORD, "role", "READONLY"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        return created.id();
    }

    private String storedHash(String id) {
        return appDatabase.queryForObject("SELECT password_hash FROM operator WHERE id = ?::uuid", String.class, id);
    }

    private String username(String id) {
        return appDatabase.queryForObject("SELECT username FROM operator WHERE id = ?::uuid", String.class, id);
    }

    private TenantId tenantOf(String id) {
        return TenantId.of(appDatabase.queryForObject("SELECT tenant_id FROM operator WHERE id = ?::uuid", UUID.class, id));
    }

    /** The metadata of the operator's OperatorPasswordRehashed events: who caused each. */
    private List<String> rehashes(String id) {
        return appDatabase.queryForList("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type LIKE '%.OperatorPasswordRehashed' ORDER BY sequence_number",
                String.class, id);
    }
}
