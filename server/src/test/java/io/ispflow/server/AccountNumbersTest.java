package io.ispflow.server;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each tenant numbers its own subscribers, so its numbers say nothing about the other tenants. */
@ApiTest
class AccountNumbersTest {

    static {
        ApiTest.Databases.prepare();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aNewTenantsFirstSubscriberIsNumberOneHoweverManyTheOtherTenantsHave() {
        Api owner = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        String ownersPackage = owner.post("/api/v1/packages", Map.of("name", "Numbers", "downloadKbps", 1000, "uploadKbps", 1000)).id();
        for (int i = 0; i < 3; i++) {
            signUp(owner, ownersPackage);
        }
        Api newcomer = OtherTenant.signIn(port, appDatabase, passwords);
        String newcomersPackage = newcomer.post("/api/v1/packages", Map.of("name", "Numbers", "downloadKbps", 1000, "uploadKbps", 1000)).id();

        assertThat(signUp(newcomer, newcomersPackage)).isEqualTo("OTH0000001");
        assertThat(signUp(newcomer, newcomersPackage)).isEqualTo("OTH0000002");
    }

    @Test
    void simultaneousSignUpsOfOneTenantGetDistinctConsecutiveNumbers() {
        Api tenant = OtherTenant.signIn(port, appDatabase, passwords);
        String pkg = tenant.post("/api/v1/packages", Map.of("name", "Rush", "downloadKbps", 1000, "uploadKbps", 1000)).id();

        List<String> numbers = IntStream.range(0, 12).mapToObj(i -> CompletableFuture.supplyAsync(() -> signUp(tenant, pkg)))
                .toList().stream().map(CompletableFuture::join).sorted().toList();

        assertThat(numbers).isEqualTo(IntStream.rangeClosed(1, 12).mapToObj(n -> String.format("OTH%07d", n)).toList());
    }

    private static String signUp(Api api, String pkg) {
        Api.Answer created = api.post("/api/v1/subscribers", Map.of("username", "numbered-" + System.nanoTime(),
                "password", "secret-123", "type", "HOTSPOT", "packageId", pkg));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("accountNumber").asString();
    }
}
