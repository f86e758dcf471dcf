package io.ispflow.server.freeradius;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCESS_ACCEPT;
import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCESS_REJECT;
import static io.ispflow.server.freeradius.RadiusAnswer.Kind.ACCOUNTING_RESPONSE;
import static io.ispflow.server.freeradius.RadiusAnswer.Kind.NONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * FreeRADIUS, configured as in production, answering routers from the tables ispflow projects:
 * an operator acts over HTTP, a router sends real RADIUS packets from its tunnel address.
 * Subclasses name the databases, one RADIUS database dialect each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.username=${ISPFLOW_TEST_PG_USER:postgres}",
        "spring.datasource.password=${ISPFLOW_TEST_PG_PASSWORD:}",
        "ispflow.tunnel.subnet=" + FreeRadiusScenario.TUNNEL_SUBNET,
        "ispflow.bootstrap.admin-password=" + FreeRadiusScenario.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FreeRadiusScenario {

    static final String ADMIN_PASSWORD = "admin-test-password";
    /** A loopback subnet, so that routers' tunnel addresses exist on this machine. */
    static final String TUNNEL_SUBNET = "127.100.0.0/16";

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    @Qualifier("serializer")
    Serializer serializer;

    Operator operator;
    RouterRadiusClient router;
    String home20;

    abstract PrivateFreeRadius freeRadius();

    @BeforeAll
    void aRouterAndAPackage() {
        operator = new Operator(new Api(port).login("admin", ADMIN_PASSWORD), new RadiusProjection(radius, serializer), radius);
        router = routerClient(operator.registerRouter("core-1"));
        home20 = operator.createPackage(Map.of("name", "Home 20", "downloadKbps", 20000, "uploadKbps", 5000));
    }

    @Test
    void aNewSubscriberIsAcceptedWithThePackagesRateLimitAndTerms() {
        String fibre = operator.createPackage(Map.of("name", "Fibre 50", "downloadKbps", 50000, "uploadKbps", 10000,
                "sessionTimeout", 86400, "idleTimeout", 900, "addressPool", "pppoe-pool"));
        operator.signUp(pppoe("alice", "correct-horse", fibre));

        RadiusAnswer answer = router.authenticate("alice", "correct-horse");

        assertThat(answer.kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(answer.attributes())
                .containsEntry("Mikrotik-Rate-Limit", "10M/50M")
                .containsEntry("Session-Timeout", "86400")
                .containsEntry("Idle-Timeout", "900")
                .containsEntry("Framed-Pool", "pppoe-pool");
    }

    @Test
    void aPackageWithoutOptionalTermsGivesOnlyItsRateLimit() {
        operator.signUp(pppoe("bruno", "b-secret-1", home20));

        RadiusAnswer answer = router.authenticate("bruno", "b-secret-1");

        assertThat(answer.kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(answer.attributes()).containsOnlyKeys("Mikrotik-Rate-Limit").containsEntry("Mikrotik-Rate-Limit", "5M/20M");
    }

    @Test
    void aWrongPasswordIsRejected() {
        operator.signUp(pppoe("carol", "right-one", home20));

        assertThat(router.authenticate("carol", "wrong-one").kind()).isEqualTo(ACCESS_REJECT);
    }

    @Test
    void anUnknownUserIsRejected() {
        assertThat(router.authenticate("nobody", "anything").kind()).isEqualTo(ACCESS_REJECT);
    }

    @Test
    void aSubscriptionThatHasEndedIsRejected() {
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        operator.signUp(Map.of("username", "dmitri", "password", "d-secret-1", "type", "HOTSPOT",
                "packageId", home20, "expiresAt", yesterday.toString()));

        // the password is right and the rows are there: only Expiration can reject
        assertThat(router.authenticate("dmitri", "d-secret-1").kind()).isEqualTo(ACCESS_REJECT);
    }

    @Test
    void aSubscriptionThatEndsLaterIsAcceptedUntilThen() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        operator.signUp(Map.of("username", "esther", "password", "e-secret-1", "type", "HOTSPOT",
                "packageId", home20, "expiresAt", inAnHour.toString()));

        RadiusAnswer answer = router.authenticate("esther", "e-secret-1");

        assertThat(answer.kind()).isEqualTo(ACCESS_ACCEPT);
        // rlm_expiration ends the session when the subscription ends
        assertThat(Integer.parseInt(answer.attributes().get("Session-Timeout"))).isBetween(3000, 3600);
    }

    @Test
    void aStaticSubscriberReceivesItsFramedIpAddress() {
        operator.signUp(Map.of("username", "farah", "password", "f-secret-1", "type", "STATIC",
                "packageId", home20, "staticIp", "100.64.10.5"));

        RadiusAnswer answer = router.authenticate("farah", "f-secret-1");

        assertThat(answer.kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(answer.attributes()).containsEntry("Framed-IP-Address", "100.64.10.5")
                                       .containsEntry("Mikrotik-Rate-Limit", "5M/20M");
    }

    @Test
    void aSessionBeyondThePackagesDeviceLimitIsRejected() {
        String single = operator.createPackage(Map.of("name", "Single device", "downloadKbps", 10000,
                "uploadKbps", 2000, "deviceLimit", 1));
        operator.signUp(pppoe("gitau", "g-secret-1", single));
        assertThat(router.authenticate("gitau", "g-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(router.startSession("gitau", "gitau-session-1").kind()).isEqualTo(ACCOUNTING_RESPONSE);

        RadiusAnswer second = router.authenticate("gitau", "g-secret-1");

        assertThat(second.kind()).isEqualTo(ACCESS_REJECT);
        assertThat(second.attributes()).containsEntry("Reply-Message", "You are already logged in - access denied");
    }

    @Test
    void aRouterRegisteredWhileFreeRadiusRunsIsItsClientAtOnce() {
        RouterRadiusClient branch = routerClient(operator.registerRouter("branch-7"));
        operator.signUp(pppoe("hana", "h-secret-1", home20));

        assertThat(branch.authenticate("hana", "h-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);
    }

    @Test
    void anAddressOfTheTunnelSubnetWithoutARouterGetsNoAnswer() throws UnknownHostException {
        RouterRadiusClient stranger = freeRadius().router(InetAddress.getByName("127.100.255.254"), "a-guessed-secret");
        operator.signUp(pppoe("ivan", "i-secret-1", home20));

        assertThat(stranger.authenticate("ivan", "i-secret-1").kind()).isEqualTo(NONE);
    }

    private RouterRadiusClient routerClient(Operator.Router registered) {
        return freeRadius().router(registered.tunnelAddress(), registered.secret());
    }

    private static Map<String, Object> pppoe(String username, String password, String packageId) {
        return Map.of("username", username, "password", password, "type", "PPPOE", "packageId", packageId);
    }
}
