package io.ispflow.server.freeradius;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.sessions.OpenSessions;
import io.ispflow.sessions.VoucherSessions;
import io.ispflow.sessions.voucher.VoucherActivation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import io.ispflow.sessions.accounting.AccountingReader;
import io.ispflow.sessions.quota.QuotaWatcher;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
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
        "ispflow.radius-server.coa-port=" + SessionControlContract.COA_PORT,
        // a silent router is given up on in under a second, so that its test is quick
        "ispflow.session-control.timeout=300ms",
        "ispflow.session-control.backoff=100ms",
        "ispflow.session-control.attempts=3",
        "ispflow.bootstrap.admin-password=" + FreeRadiusScenario.ADMIN_PASSWORD})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class FreeRadiusScenario implements QuotaContract, VoucherContract {

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

    @Autowired
    OpenSessions openSessions;

    @Autowired
    AccountingReader accountingReader;

    @Autowired
    QuotaWatcher quotaWatcher;

    @Autowired
    VoucherActivation voucherActivation;

    @Autowired
    VoucherSessions voucherSessions;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    JdbcTemplate appDatabase;

    Operator operator;
    RouterRadiusClient router;
    String home20;

    public abstract PrivateFreeRadius freeRadius();

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

    @Test
    void aSuspendedSubscriberIsRejectedUntilReactivated() {
        String id = operator.signUp(pppoe("jomo", "j-secret-1", home20));

        operator.command(subscriber(id, "/suspend"), Map.of("reason", "unpaid"));
        assertThat(router.authenticate("jomo", "j-secret-1").kind()).isEqualTo(ACCESS_REJECT);

        operator.command(subscriber(id, "/reactivate"), Map.of());
        assertThat(router.authenticate("jomo", "j-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);
    }

    @Test
    void anEndedSubscriptionIsAcceptedAgainOnceRenewed() {
        String id = operator.signUp(Map.of("username", "kamau", "password", "k-secret-1", "type", "HOTSPOT",
                "packageId", home20, "expiresAt", Instant.now().minus(Duration.ofDays(2)).toString()));
        assertThat(router.authenticate("kamau", "k-secret-1").kind()).isEqualTo(ACCESS_REJECT);

        operator.command(subscriber(id, "/renew"), Map.of("days", 30));

        assertThat(router.authenticate("kamau", "k-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        String id = operator.signUp(pppoe("lulu", "old-secret", home20));

        operator.command(subscriber(id, "/change-password"), Map.of("password", "new-secret"));

        assertThat(router.authenticate("lulu", "old-secret").kind()).isEqualTo(ACCESS_REJECT);
        assertThat(router.authenticate("lulu", "new-secret").kind()).isEqualTo(ACCESS_ACCEPT);
    }

    @Test
    void aChangeOfPackageBringsTheNewRate() {
        String fast = operator.createPackage(Map.of("name", "Fast 100", "downloadKbps", 100000, "uploadKbps", 20000));
        String id = operator.signUp(pppoe("musa", "m-secret-1", home20));

        operator.command(subscriber(id, "/change-package"), Map.of("packageId", fast));

        assertThat(router.authenticate("musa", "m-secret-1").attributes()).containsEntry("Mikrotik-Rate-Limit", "20M/100M");
    }

    @Test
    void aPackageUpdateReachesEverySubscriberOnIt() {
        String basic = operator.createPackage(Map.of("name", "Basic 4", "downloadKbps", 4000, "uploadKbps", 1000));
        operator.signUp(pppoe("nia", "n-secret-1", basic));
        operator.signUp(pppoe("omar", "o-secret-1", basic));

        operator.replace("/api/v1/packages/" + basic, Map.of("name", "Basic 8", "downloadKbps", 8000, "uploadKbps", 2000));

        assertThat(router.authenticate("nia", "n-secret-1").attributes()).containsEntry("Mikrotik-Rate-Limit", "2M/8M");
        assertThat(router.authenticate("omar", "o-secret-1").attributes()).containsEntry("Mikrotik-Rate-Limit", "2M/8M");
    }

    @Test
    void aTerminatedSubscriberIsRejected() {
        String id = operator.signUp(pppoe("pendo", "p-secret-1", home20));
        assertThat(router.authenticate("pendo", "p-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);

        operator.remove("/api/v1/subscribers/" + id);

        assertThat(router.authenticate("pendo", "p-secret-1").kind()).isEqualTo(ACCESS_REJECT);
    }

    @Test
    void aDecommissionedRouterGetsNoAnswerOnceItsClientEntryLapses() throws InterruptedException {
        Operator.Router registered = operator.registerRouter("tower-9");
        RouterRadiusClient tower = routerClient(registered);
        operator.signUp(pppoe("quinn", "q-secret-1", home20));
        assertThat(tower.authenticate("quinn", "q-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);

        operator.command("/api/v1/routers/" + registered.id() + "/decommission", Map.of());
        Thread.sleep(PrivateFreeRadius.CLIENT_LIFETIME.plusMillis(500).toMillis());

        assertThat(tower.authenticate("quinn", "q-secret-1").kind()).isEqualTo(NONE);
    }

    @Test
    void aRotatedSecretTakesOverOnceTheClientEntryLapses() throws InterruptedException {
        Operator.Router registered = operator.registerRouter("tower-10");
        operator.signUp(pppoe("rehema", "r-secret-1", home20));
        assertThat(routerClient(registered).authenticate("rehema", "r-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);

        operator.command("/api/v1/routers/" + registered.id() + "/rotate-secret", Map.of());
        Thread.sleep(PrivateFreeRadius.CLIENT_LIFETIME.plusMillis(500).toMillis());
        String newSecret = radius.jdbcTemplate().queryForObject("SELECT secret FROM nas WHERE nasname = ?", String.class,
                registered.tunnelAddress().getHostAddress());

        assertThat(newSecret).isNotEqualTo(registered.secret());
        assertThat(freeRadius().router(registered.tunnelAddress(), newSecret).authenticate("rehema", "r-secret-1").kind())
                .isEqualTo(ACCESS_ACCEPT);
        // its Message-Authenticator made with the old secret, the request fails FreeRADIUS's check
        assertThat(routerClient(registered).authenticate("rehema", "r-secret-1").kind()).isEqualTo(NONE);
    }

    @Test
    void anAcceptAndARejectEachCarryAValidMessageAuthenticatorAsRouterOs715Requires() {
        operator.signUp(pppoe("sefu", "s-secret-1", home20));

        RadiusAnswer accept = router.authenticate("sefu", "s-secret-1");
        RadiusAnswer reject = router.authenticate("sefu", "not-the-password");

        assertThat(accept.kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(accept.signed()).isTrue();
        assertThat(reject.kind()).isEqualTo(ACCESS_REJECT);
        assertThat(reject.signed()).isTrue();
    }

    @Test
    void anAccessRequestWithoutMessageAuthenticatorGetsNoAnswer() {
        RouterRadiusClient tower = routerClient(operator.registerRouter("tower-11"));
        operator.signUp(pppoe("tumaini", "t-secret-1", home20));

        // the first packet, which makes FreeRADIUS look the router up, and a later one alike
        assertThat(tower.authenticateWithoutMessageAuthenticator("tumaini", "t-secret-1").kind()).isEqualTo(NONE);
        assertThat(tower.authenticate("tumaini", "t-secret-1").kind()).isEqualTo(ACCESS_ACCEPT);
        assertThat(tower.authenticateWithoutMessageAuthenticator("tumaini", "t-secret-1").kind()).isEqualTo(NONE);
    }

    @Override
    public Operator operator() {
        return operator;
    }

    @Override
    public Api admin() {
        return new Api(port).login("admin", ADMIN_PASSWORD);
    }

    @Override
    public Api platformAdmin() {
        return new Api(port).login("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD);
    }

    @Override
    public OpenSessions openSessions() {
        return openSessions;
    }

    @Override
    public void catchUpAccounting() {
        accountingReader.catchUp();
    }

    @Override
    public VoucherActivation voucherActivation() {
        return voucherActivation;
    }

    @Override
    public VoucherSessions voucherSessions() {
        return voucherSessions;
    }

    @Override
    public CommandGateway commands() {
        return commands;
    }

    @Override
    public JdbcTemplate appDatabase() {
        return appDatabase;
    }

    @Override
    public RadiusDatabase radiusDatabase() {
        return radius;
    }

    @Override
    public QuotaWatcher quotaWatcher() {
        return quotaWatcher;
    }

    @Override
    public EventProcessingConfiguration processing() {
        return processing;
    }

    @Override
    public String home20() {
        return home20;
    }

    @Override
    public void forgetToken() {
        appDatabase.update("DELETE FROM token_entry WHERE processor_name = 'session-control'");
    }

    private static String subscriber(String id, String action) {
        return "/api/v1/subscribers/" + id + action;
    }

    private RouterRadiusClient routerClient(Operator.Router registered) {
        return freeRadius().router(registered.tunnelAddress(), registered.secret());
    }

    private static Map<String, Object> pppoe(String username, String password, String packageId) {
        return Map.of("username", username, "password", password, "type", "PPPOE", "packageId", packageId);
    }
}
