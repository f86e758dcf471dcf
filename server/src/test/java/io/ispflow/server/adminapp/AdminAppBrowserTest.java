package io.ispflow.server.adminapp;

import io.ispflow.radius.RadiusDatabase;
import io.ispflow.server.Api;
import io.ispflow.server.ApiTest;
import io.ispflow.server.Eventually;
import io.ispflow.server.RadiusRows;
import io.ispflow.sessions.accounting.AccountingReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin app in a real browser against a real server on real databases: what an operator does
 * in a day, what the RADIUS tables then hold, what each role is shown, and axe-core on every screen.
 */
@ApiTest
class AdminAppBrowserTest {

    static {
        ApiTest.Databases.prepare();
    }

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    RadiusDatabase radius;

    @Autowired
    JdbcTemplate app;

    @Autowired
    AccountingReader accounting;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anOwnerSetsUpAPackageARouterAndASubscriberAndManagesItsService() {
        browser.on(port).open("/").accessible("sign-in");
        browser.signIn("admin", ApiTest.ADMIN_PASSWORD).accessible("dashboard");

        browser.follow("Packages").press("New package")
               .fill("Name", "Home " + tag).fill("Download (kbit/s)", "0").fill("Upload (kbit/s)", "5000").press("Create package");
        assertThat(browser.errorNextTo("Download (kbit/s)")).contains("downloadKbps must be between 1 and");
        browser.fill("Download (kbit/s)", "20000").fill("Validity (days)", "30").press("Create package").waitUntilNoDialog()
               .press("New package")
               .fill("Name", "Fast " + tag).fill("Download (kbit/s)", "50000").fill("Upload (kbit/s)", "10000").press("Create package")
               .waitUntilNoDialog().accessible("packages");

        browser.follow("Routers").waitForText(By.tagName("caption"), "Routers").accessible("routers").press("Register router")
               .fill("Name", "edge-" + tag).fill("Site", "Main street POP").press("Register router")
               .waitForText(By.tagName("h1"), "edge-" + tag).press("Show setup script")
               .waitForText(By.tagName("pre"), "vpn.isp.example").accessible("router");

        String username = "ui-" + tag;
        browser.follow("Subscribers").accessible("subscribers").press("New subscriber")
               .fill("User name", "Not a name!").fill("Password", "correct-horse").choose("Package", "Home " + tag)
               .fill("Full name", "Ada Subscriber").press("Create subscriber");
        assertThat(browser.errorNextTo("User name")).contains("username must be 3 to 64");
        browser.accessible("new subscriber form").fill("User name", username).press("Create subscriber")
               .waitForText(By.tagName("h1"), username);

        browser.follow("Subscribers").fill("Search", "ui-" + tag.substring(0, 4)).follow(username)
               .waitForText(By.tagName("h1"), "ACTIVE")
               .press("Suspend").fill("Reason", "unpaid invoice").press("Suspend")
               .waitForText(By.tagName("h1"), "SUSPENDED")
               .press("Reactivate")
               .waitForText(By.tagName("h1"), "ACTIVE")
               .waitForText(By.className("timeline"), "Subscriber suspended")
               .waitForText(By.className("timeline"), "Subscriber reactivated")
               .waitForText(By.className("timeline"), "unpaid invoice");

        browser.press("Change package").choose("Package", "Fast " + tag).press("Change package")
               .waitForText(By.className("facts"), "Fast " + tag)
               .accessible("subscriber");
        browser.screenshot("subscriber-screen");
        assertThat(RadiusRows.once(radius, "SELECT r.value FROM radusergroup g JOIN radgroupreply r ON r.groupname = g.groupname"
                + " WHERE g.username = '" + username + "' AND r.attribute = 'Mikrotik-Rate-Limit'", rows -> rows.equals(List.of("10M/50M"))))
                .containsExactly("10M/50M");
    }

    @Test
    void theHistoryShowsTheStateAsOfAnEarlierMoment() {
        String id = subscriberOf(owner(), "asof-" + tag);
        Api owner = owner();
        owner.post("/api/v1/subscribers/" + id + "/suspend", Map.of("reason", "moved away"));
        long reactivated = owner.post("/api/v1/subscribers/" + id + "/reactivate", Map.of()).position();
        owner.getCaughtUp("/api/v1/subscribers/" + id, reactivated);

        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).open("/subscribers/" + id)
               .waitForText(By.className("timeline"), "Subscriber reactivated");
        // the timeline is newest first: the second entry is the suspension
        browser.pressNth("Show the state as of this moment", 1)
               .waitForText(By.cssSelector("[aria-labelledby=as-of]"), "SUSPENDED")
               .accessible("subscriber history");
    }

    /**
     * The accounting rows are the ones FreeRADIUS's stock PostgreSQL queries write for a router's
     * Start and then Interim-Update (inserted here: the routers of this shared server have tunnel
     * addresses no test socket can send from; AccountingScenario sends the real packets). The reader
     * takes them in at once instead of at its next poll.
     */
    @Test
    void anOwnerSeesWhoIsOnlineWhatTheyUsedAndDisconnectsThem() {
        Api owner = owner();
        String username = "online-" + tag;
        String id = subscriberOf(owner, username);
        Api.Answer router = owner.post("/api/v1/routers", Map.of("name", "pop-" + tag));
        String nas = router.body().get("tunnelAddress").asString();
        Eventually.value(() -> app.queryForObject("SELECT count(*) FROM session_username s JOIN session_nas n ON n.tenant_id = s.tenant_id"
                + " WHERE s.username = ? AND n.nas_address = ?", Long.class, username, nas), known -> known == 1, Duration.ofSeconds(10));
        accountingStartAndInterimUpdate(username, nas, "10.20.0.7", "AA:BB:CC:" + tag.substring(0, 2) + ":00:01");
        accounting.catchUp();

        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Sessions")
               .fill("Search", username).waitForText(By.tagName("table"), username).accessible("sessions");
        assertThat(browser.text(By.xpath("//tr[td/a[normalize-space()='" + username + "']]")))
                .contains("pop-" + tag, "10.20.0.7", "AA:BB:CC:", "52 MB", "1.5 GB", "online");
        browser.screenshot("sessions-screen");

        browser.follow(username).waitForText(By.cssSelector("[aria-labelledby=sessions] table"), "10.20.0.7")
               .waitForText(By.cssSelector("figure.usage figcaption"), "1.5 GB down and 52 MB up")
               .expand("Usage by day as a table").accessible("subscriber with sessions and usage")
               .expand("Usage by day as a table");
        // the router's tunnel address is nobody's here: the Disconnect-Request goes unanswered, and the log says so
        browser.press("Disconnect").fill("Reason", "router moves to a new pop").press("Disconnect").waitUntilNoDialog()
               .waitForText(By.cssSelector("[aria-labelledby=session-control] table"), "Subscriber disconnect requested")
               .waitForText(By.cssSelector("[aria-labelledby=session-control] p[role=status]"), "Disconnect requested. Outcome: TIMEOUT 1.")
               .waitForText(By.className("timeline"), "router moves to a new pop")
               .accessible("subscriber after a disconnect");
        browser.scrollTo(By.id("sessions")).screenshot("subscriber-sessions");
        browser.scrollTo(By.tagName("header")).screenshot("subscriber-online");

        browser.follow("Dashboard").waitForText(By.cssSelector("[aria-labelledby=online]"), "sessions");
        assertThat(Long.parseLong(browser.text(By.cssSelector("[aria-labelledby=online] a")).replace(" sessions", ""))).isPositive();
    }

    /**
     * The quota comes from the sessions module, which X-Min-Position does not wait for: the subscriber
     * screen reads it again until it is known and until a top-up is counted.
     */
    @Test
    void anOwnerGivesAPackageADataQuotaSeesItOnTheSubscriberAndTopsItUpWhichAReadOnlyOperatorMayNot() {
        // packages are listed by name, and the whole suite's server holds many: "0" keeps this one on the first page
        String capped = "0 Capped " + tag;
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Packages").press("New package")
               .fill("Name", capped).fill("Download (kbit/s)", "20000").fill("Upload (kbit/s)", "5000")
               .fill("Data quota", "2").fill("Fair-usage download (kbit/s)", "1000").press("Create package");
        assertThat(browser.errorNextTo("Fair-usage upload (kbit/s)")).isEqualTo("Give both fair-usage rates, or neither");
        browser.fill("Fair-usage upload (kbit/s)", "512").accessible("package form with a quota").press("Create package")
               .waitUntilNoDialog().waitForText(By.tagName("table"), "2 GB, then 1 Mbit/s down, 512 kbit/s up");

        String username = "quota-" + tag;
        By quota = By.cssSelector("[aria-labelledby=quota]");
        By bar = By.cssSelector("[aria-labelledby=quota] [role=progressbar]");
        browser.follow("Subscribers").press("New subscriber").fill("User name", username).fill("Password", "correct-horse")
               .choose("Package", capped).press("Create subscriber")
               .waitForText(By.tagName("h1"), username)
               .waitForText(quota, "Within the quota")
               .waitForText(quota, "0 MB of 2 GB used (0 %)");
        assertThat(browser.attribute(bar, "aria-valuemax")).isEqualTo("2000");
        assertThat(browser.attribute(bar, "aria-valuetext")).isEqualTo("0 MB of 2 GB used (0 %)");

        browser.press("Top up").fill("Extra data (MB)", "500").press("Top up").waitUntilNoDialog()
               .waitForText(quota, "0 MB of 2.5 GB used (0 %): 2 GB quota + 500 MB top-ups")
               .waitForText(By.cssSelector("[aria-labelledby=quota] p[role=status]"), "Top-up counted.")
               .accessible("subscriber with a quota");
        assertThat(browser.attribute(bar, "aria-valuemax")).isEqualTo("2500");
        browser.scrollTo(By.id("quota")).screenshot("subscriber-quota");
        String id = browser.path().substring(browser.path().lastIndexOf('/') + 1);

        owner().post("/api/v1/operators", Map.of("username", "quota-ro-" + tag, "password", "reader-password-1", "role", "READONLY"));
        browser.signIn("quota-ro-" + tag, "reader-password-1").open("/subscribers/" + id)
               .waitForText(quota, "0 MB of 2.5 GB used (0 %): 2 GB quota + 500 MB top-ups");
        assertThat(browser.buttons()).doesNotContain("Top up");
    }

    @Test
    void anOwnerIssuesABatchDownloadsAndPrintsItsCodesAndRevokesOneVoucherThenTheBatch() {
        // packages are listed by name, and the whole suite's server holds many: "0" keeps this one on the first page
        String pkg = "0 Voucher " + tag;
        Api owner = owner();
        Api.Answer created = owner.post("/api/v1/packages", Map.of("name", pkg, "downloadKbps", 4000, "uploadKbps", 1000, "price", 2.5));
        owner.getCaughtUp("/api/v1/packages/" + created.id(), created.position());

        // the package has no validity of its own, so the server wants the batch's
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Vouchers").accessible("vouchers")
               .press("Issue batch").choose("Package", pkg).fill("Count", "3").fill("Prefix", "qa").press("Issue batch");
        assertThat(browser.errorNextTo("Validity (hours)")).containsIgnoringCase("validity");
        browser.fill("Validity (hours)", "24").accessible("issue batch form").press("Issue batch")
               .waitForText(By.tagName("h1"), "Vouchers for " + pkg)
               .waitForExactText(fact("Unused"), "3").accessible("voucher batch");

        browser.follow("Vouchers").waitForText(By.tagName("table"), pkg);
        assertThat(browser.text(By.xpath("//tr[td/a[normalize-space()='" + pkg + "']]"))).startsWith(pkg + " 3 3 0 0 0");

        browser.follow(pkg).waitForText(By.tagName("h1"), pkg).choose("Status", "active")
               .waitForText(By.tagName("table"), "No active voucher.")
               .choose("Status", "unused").waitForText(By.className("pager"), "Page 1 of 1 (3 in all)");
        List<String> codes = browser.texts(By.cssSelector("table tbody td:nth-child(2)"));
        assertThat(codes).hasSize(3).allMatch(code -> code.matches("qa[2-9a-z]{10}"));

        browser.press("Download CSV");
        assertThat(browser.downloaded(".csv")).contains(codes);
        browser.press("Print cards").inNewTab().waitForText(codes.get(0));
        assertThat(browser.text(By.tagName("body"))).contains(codes.get(1), pkg);
        browser.closeTab();

        String lost = codes.get(0);
        browser.press("Revoke " + lost).fill("Reason", "card lost at the counter").press("Revoke " + lost).waitUntilNoDialog()
               .waitForExactText(fact("Revoked"), "1").waitForExactText(fact("Unused"), "2")
               .choose("Status", "revoked").waitForText(By.tagName("table"), lost).accessible("revoked vouchers");
        browser.screenshot("voucher-batch");
        browser.press("Revoke batch").fill("Reason", "stack stolen").press("Revoke batch").waitUntilNoDialog()
               .waitForExactText(fact("Revoked"), "3").waitForExactText(fact("Unused"), "0")
               .waitForText(By.className("pager"), "(3 in all)");
        assertThat(browser.buttons()).doesNotContain("Revoke batch");

        browser.follow("Dashboard").waitForText(By.cssSelector("[aria-labelledby=vouchers]"), "revoked").accessible("dashboard with vouchers");
        assertThat(Long.parseLong(browser.text(By.xpath("//*[@aria-labelledby='vouchers']//dt[.='revoked']/following-sibling::dd[1]"))))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void readOnlyAndAuditorOperatorsAreShownNoButtonTheyMayNotPress() {
        String id = subscriberOf(owner(), "ro-" + tag);
        String router = owner().post("/api/v1/routers", Map.of("name", "ro-edge-" + tag)).id();
        List<String> paging = List.of("Sign out", "Previous", "Next");
        List<String> sortableColumns = List.of("Account", "User name", "Name", "Type", "Package", "Status", "Expires",
                "Download", "Upload", "Data quota", "Validity (days)", "Price", "Site", "Tunnel address",
                "Router", "IP address", "MAC address", "Started", "Last update", "Up", "Down", "Ended", "Cause",
                "Sent", "Kind", "Because of", "Outcome", "Error cause", "Session",
                "Vouchers", "Unused", "Active", "Expired", "Revoked", "Created", "Usable until", "Health", "Last seen");
        for (String role : List.of("READONLY", "AUDITOR")) {
            String username = role.toLowerCase() + "-" + tag;
            owner().post("/api/v1/operators", Map.of("username", username, "password", "reader-password-1", "role", role));
            List<String> allowed = role.equals("AUDITOR") ? List.of("Show the state as of this moment") : List.of();

            browser.on(port).signIn(username, "reader-password-1");
            for (String screen : new String[] {"/", "/subscribers", "/sessions", "/packages", "/vouchers", "/routers", "/routers/" + router, "/subscribers/" + id}) {
                browser.open(screen).waitForText("Sign out").waitForText(By.tagName("h1"), "");
                assertThat(browser.buttons()).as(role + " on " + screen).allMatch(button -> paging.contains(button)
                        || allowed.contains(button) || sortableColumns.contains(button.replaceAll(" [▲▼]$", "")));
            }
            browser.waitForText(By.tagName("h1"), "ro-" + tag);
            if (role.equals("AUDITOR")) {
                browser.waitForText(By.className("timeline"), "Subscriber created");
            }
            browser.waitForText(By.cssSelector("[aria-labelledby=session-control]"), "No request sent yet.");
            assertThat(browser.buttons()).as(role).doesNotContain("Suspend", "Change package", "Terminate", "Renew", "Forget", "Disconnect");
            browser.open("/routers/" + router).waitForText(By.cssSelector("[aria-labelledby=wireguard]"), "not yet known");
            assertThat(browser.buttons()).as(role + " on a router").doesNotContain("Enter WireGuard key", "Rotate secret");
        }
    }

    @Test
    void anOwnerEntersARoutersWireGuardKeyWhichNoOtherRouterMayTakeAndThePlatformAdministratorSeesItsPeer() {
        Api owner = owner();
        String first = owner.post("/api/v1/routers", Map.of("name", "wg-one-" + tag)).id();
        Api.Answer second = owner.post("/api/v1/routers", Map.of("name", "wg-two-" + tag));
        owner.getCaughtUp("/api/v1/routers/" + second.id(), second.position());
        String key = randomWireGuardKey();
        By wireGuard = By.cssSelector("[aria-labelledby=wireguard]");

        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).open("/routers/" + first)
               .waitForText(wireGuard, "not yet known").accessible("router without its WireGuard key")
               .press("Enter WireGuard key").fill("Public key", key.substring(1)).press("Enter WireGuard key");
        assertThat(browser.errorNextTo("Public key")).contains("44 characters of base64");
        browser.fill("Public key", key).press("Enter WireGuard key").waitUntilNoDialog()
               .waitForText(wireGuard, key).accessible("router with its WireGuard key");
        browser.screenshot("router-wireguard-key");

        browser.open("/routers/" + second.id()).waitForText(By.tagName("h1"), "wg-two-" + tag)
               .press("Enter WireGuard key").fill("Public key", key).press("Enter WireGuard key");
        assertThat(browser.errorNextTo("Public key")).isEqualTo("WireGuard public key " + key + " belongs to another router");
        browser.accessible("WireGuard key refused");

        browser.signIn("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD).waitForText(By.tagName("h1"), "Operations")
               .waitForText(By.cssSelector("pre[aria-label='WireGuard peers']"), "# router wg-one-" + tag + " (" + first + ")\nPublicKey = " + key)
               .accessible("operations with the WireGuard peers");
    }

    @Test
    void anOwnerAddsAWebhookAfterTheServerRefusedItsAddressAndDeletesIt() {
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Webhooks").waitForText(By.tagName("h1"), "Webhooks")
               .accessible("webhooks").press("Add webhook").fill("URL", "http://169.254.169.254/latest/meta-data")
               .check("A router went offline").check("A data quota is used up").accessible("add webhook form").press("Add webhook");
        assertThat(browser.errorNextTo("URL")).isNotBlank();
        String url = "http://127.0.0.1:9/hooks/" + tag;
        browser.fill("URL", url).press("Add webhook").waitUntilNoDialog()
               .waitForText(By.tagName("table"), "Nothing sent yet.").accessible("webhook");
        assertThat(browser.text(By.className("facts"))).contains(url, "A router went offline", "A data quota is used up");

        browser.follow("Webhooks").waitForText(By.tagName("table"), url).follow(url).waitForText(By.className("facts"), url)
               .press("Delete webhook").press("Delete webhook").waitForText(By.tagName("h1"), "Webhooks");
        assertThat(owner().get("/api/v1/webhooks?size=100").text()).doesNotContain(url);
    }

    @Test
    void anOwnerManagesOperators() {
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("Operators").accessible("operators")
               .press("New operator").fill("User name", "clerk-" + tag).fill("Password", "clerk-password-1")
               .choose("Role", "AUDITOR").press("New operator").waitUntilNoDialog()
               .waitForText(By.tagName("table"), "clerk-" + tag);
    }

    @Test
    void thePlatformAdministratorRunsARebuildAndADriftCheckAndSeesTheTenants() {
        browser.on(port).signIn("platform-admin", ApiTest.PLATFORM_ADMIN_PASSWORD)
               .waitForText(By.tagName("h1"), "Operations")
               .waitForText(By.tagName("table"), "read-model").accessible("operations")
               .press("Start rebuild").waitForText("Rebuild succeeded")
               .press("Run drift check").waitForText("differences, checked").accessible("operations after a rebuild")
               .follow("Tenants").waitForText(By.tagName("table"), "default").accessible("tenants");
        assertThat(browser.path()).isEqualTo("/tenants");
    }

    /**
     * What FreeRADIUS's stock PostgreSQL accounting queries write: the Start's row (an hour ago), then the
     * Interim-Update's change to it (now, with the session's traffic so far).
     */
    @Test
    void anOwnerSeesARouterAliveOnTheListItsScreenAndTheDashboardThenOfflineAfterSilence() {
        Api owner = owner();
        // the list goes by name, a page at a time: these come first
        String router = owner.post("/api/v1/routers", Map.of("name", "0-pulse-" + tag)).id();
        owner.post("/api/v1/routers", Map.of("name", "0-silent-" + tag));
        String token = routerTokenOf(owner, router);
        String report = """
                {"uptimeSeconds": 7500, "version": "7.16.2", "board": "RB5009", "cpuLoad": 12,
                 "freeMemoryBytes": 734000000, "activeSessions": 3}""";
        assertThat(heartbeat("/api/v1/routers/heartbeat", token, report).status()).isEqualTo(204);
        // the test server calls a router OFFLINE after 3 s of silence: it beats while the test looks
        ScheduledExecutorService heart = beating(() -> heartbeat("/api/v1/routers/heartbeat", token, report));
        try {
            Eventually.value(() -> healthOf(owner, router), "ONLINE"::equals, Duration.ofSeconds(10));

            browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).open("/routers?health=ONLINE")
                   .waitForText(By.tagName("table"), "0-pulse-" + tag).accessible("routers online");
            assertThat(browser.text(row("0-pulse-" + tag))).contains("online", String.valueOf(Year.now(ZoneOffset.UTC)));
            assertThat(browser.text(By.tagName("table"))).doesNotContain("0-silent-" + tag);
            browser.choose("Health", "never seen").waitForText(By.tagName("table"), "0-silent-" + tag);
            assertThat(browser.text(By.tagName("table"))).doesNotContain("0-pulse-" + tag);

            browser.open("/routers/" + router).waitForText(By.cssSelector("[aria-labelledby=health]"), "RB5009")
                   .waitForText(By.cssSelector("[aria-labelledby=health]"), "Uptime:").accessible("router with its health");
            assertThat(browser.text(By.cssSelector("[aria-labelledby=health]"))).contains("online", "7.16.2", "2 h 05 min", "734 MB");

            browser.follow("Dashboard").waitForText(By.cssSelector("[aria-labelledby=network]"), "Routers online")
                   .accessible("dashboard with the network");
            assertThat(Integer.parseInt(browser.text(networkCount("Routers online")))).isPositive();
        } finally {
            heart.shutdownNow();
        }

        Eventually.value(() -> healthOf(owner, router), "OFFLINE"::equals, Duration.ofSeconds(15));
        browser.open("/routers?health=OFFLINE").waitForText(By.tagName("table"), "0-pulse-" + tag);
        assertThat(browser.text(row("0-pulse-" + tag))).contains("offline");
    }

    @Test
    void anOwnerMakesAnAgentKeyWatchesItsServerComeUpFlagsItAndSeesItDownWhenSilent() {
        browser.on(port).signIn("admin", ApiTest.ADMIN_PASSWORD).follow("VPN servers").accessible("VPN servers")
               .press("Create agent key");
        String key = browser.text(By.cssSelector(".once code:last-of-type"));
        browser.accessible("VPN servers with a new agent key").press("I have stored it");
        assertThat(browser.text(By.tagName("main"))).doesNotContain(key);

        String hostname = "vpn-" + tag;
        String ip = "203.0.113." + (1 + new SecureRandom().nextInt(254));
        String heartbeat = """
                {"ip": "%s", "hostname": "%s", "countryCode": "KE", "country": "Kenya", "city": "Nairobi",
                 "services": [{"name": "wg", "active": true}, {"name": "unbound", "active": false}],
                 "load": {"cpu": 42.5, "ram": 61, "net": 940}}""".formatted(ip, hostname);
        assertThat(heartbeat("/api/v1/vpn-servers/heartbeat", key, heartbeat).status()).isEqualTo(200);
        // the test server calls a VPN server DOWN after 1 s of silence, and an agent key may send a server 6 heartbeats
        // a minute: the agent beats while the test looks, each beat with the next of a dozen keys of the tenant
        List<String> keys = new ArrayList<>(List.of(key));
        for (int made = 0; made < 11; made++) {
            keys.add(owner().post("/api/v1/vpn-servers/agent-keys", Map.of()).body().get("key").asString());
        }
        AtomicInteger beats = new AtomicInteger();
        ScheduledExecutorService agent = beating(() ->
                heartbeat("/api/v1/vpn-servers/heartbeat", keys.get(beats.getAndIncrement() % keys.size()), heartbeat));
        try {
            browser.open("/vpn-servers").fill("Country code", "KE").fill("Service", "wg").waitForText(SERVERS, hostname);
            assertThat(browser.path()).contains("countryCode=KE", "service=wg");
            assertThat(browser.text(row(hostname))).contains(hostname + " " + ip, "up", "Nairobi, Kenya (KE)",
                    "CPU 43 %, RAM 61 %, net 940 Mbit/s", "enabled");
            browser.accessible("VPN servers with one up").follow(hostname).waitForText(By.tagName("h1"), hostname)
                   .press("Edit flags").check("Static").fill("Tags", "gaming, paid").press("Edit flags").waitUntilNoDialog()
                   .waitForText(By.cssSelector("[aria-labelledby=flags]"), "#paid").accessible("VPN server");
            assertThat(browser.text(By.cssSelector("[aria-labelledby=flags]"))).contains("static", "#gaming");

            browser.follow("Dashboard").waitForText(By.cssSelector("[aria-labelledby=network]"), "VPN servers up");
            assertThat(Integer.parseInt(browser.text(networkCount("VPN servers up")))).isPositive();
        } finally {
            agent.shutdownNow();
        }

        // static, so kept when silent: DOWN, not forgotten
        browser.open("/vpn-servers?countryCode=KE").choose("Status", "down").waitForText(SERVERS, hostname);
        assertThat(browser.text(row(hostname))).contains("down");
    }

    private void accountingStartAndInterimUpdate(String username, String nas, String framedIp, String mac) {
        String uniqueId = UUID.randomUUID().toString().replace("-", "");
        radius.jdbcTemplate().update("INSERT INTO radacct (acctsessionid, acctuniqueid, username, nasipaddress, nasporttype,"
                + " acctstarttime, acctupdatetime, acctauthentic, acctinputoctets, acctoutputoctets, callingstationid,"
                + " servicetype, framedprotocol, framedipaddress) VALUES (?, ?, ?, ?::inet, 'Ethernet', now() - interval '1 hour',"
                + " now() - interval '1 hour', 'RADIUS', 0, 0, ?, 'Framed-User', 'PPP', ?::inet)",
                "81a0" + tag, uniqueId, username, nas, mac, framedIp);
        radius.jdbcTemplate().update("UPDATE radacct SET acctsessiontime = 3600,"
                + " acctinterval = EXTRACT(EPOCH FROM now() - acctupdatetime), acctupdatetime = now(),"
                + " acctinputoctets = 52000000, acctoutputoctets = 1500000000"
                + " WHERE acctuniqueid = ? AND acctstoptime IS NULL", uniqueId);
    }

    /** A key as {@code wg pubkey} prints one: base64 of 32 bytes. */
    private static String randomWireGuardKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** The number the batch's facts give after {@code term}. */
    private static By fact(String term) {
        return By.xpath("//dl[@class='facts']/dt[.='" + term + "']/following-sibling::dd[1]");
    }

    /** The VPN servers screen's list, below its agent keys. */
    private static final By SERVERS = By.xpath("//table[caption='VPN servers']");

    /** The table row naming {@code name}. */
    private static By row(String name) {
        return By.xpath("//tr[contains(., '" + name + "')]");
    }

    /** The count next to {@code term} on the dashboard's Network card. */
    private static By networkCount(String term) {
        return By.xpath("//section[@aria-labelledby='network']//dt[.='" + term + "']/following-sibling::dd[1]");
    }

    private static String healthOf(Api owner, String router) {
        return owner.get("/api/v1/routers/" + router).body().get("health").asString();
    }

    /** The router's API token, as its setup script carries it. */
    private static String routerTokenOf(Api owner, String router) {
        Matcher token = Pattern.compile("X-API-Key: ([A-Za-z0-9]{40})\"").matcher(owner.get("/api/v1/routers/" + router + "/setup-script").text());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private Api.Answer heartbeat(String path, String apiKey, String body) {
        return new Api(port).exchange(path, request -> request.header("X-API-Key", apiKey)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Runs {@code beat} every 400 ms until shut down; a beat that fails does not stop the next. */
    private static ScheduledExecutorService beating(Runnable beat) {
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor();
        heart.scheduleAtFixedRate(() -> {
            try {
                beat.run();
            } catch (RuntimeException missed) {
                // the next beat is 400 ms away, within the timeouts
            }
        }, 0, 400, TimeUnit.MILLISECONDS);
        return heart;
    }

    private Api owner() {
        return new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
    }

    private String subscriberOf(Api owner, String username) {
        String pkg = owner.post("/api/v1/packages", Map.of("name", "Basic " + username, "downloadKbps", 4000, "uploadKbps", 1000)).id();
        Api.Answer created = owner.post("/api/v1/subscribers", Map.of("username", username, "password", "first-pass",
                "type", "HOTSPOT", "packageId", pkg));
        owner.getCaughtUp("/api/v1/subscribers/" + created.id(), created.position());
        return created.id();
    }
}
