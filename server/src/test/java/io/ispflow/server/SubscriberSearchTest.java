package io.ispflow.server;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The subscriber search over a few thousand subscribers, signed up over HTTP. They all take a
 * package of their own, and every search names it, so other tests' subscribers never show.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriberSearchTest {

    static {
        ApiTest.Databases.prepare();
    }

    static final int SUBSCRIBERS = 3000;
    static final int SIGN_UP_THREADS = 4;
    static final String[] FIRST_NAMES = {"Wanjiru", "Achieng", "Otieno", "Kamau", "Njeri"};
    static final String[] LAST_NAMES = {"Mwangi", "Odhiambo", "Kiptoo", "Wekesa", "Chebet", "Mutua", "Ndungu"};
    static final int[] SUSPENDED = {7, 77, 777, 1777, 2777};
    static final int[] TERMINATED = {8, 88, 888};

    /** Keys whose kept count (V14__subscriber_counts.sql) is not the number of rows. */
    static final String COUNTS_OFF = """
            SELECT * FROM subscriber_count c
            FULL JOIN (SELECT tenant_id, status, package_id, count(*) AS n FROM subscriber_view
                       GROUP BY tenant_id, status, package_id) v USING (tenant_id, status, package_id)
            WHERE coalesce(c.subscribers, 0) <> coalesce(v.n, 0)""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate appDatabase;

    Api api;
    /** Starts every username of this run: a letter and six hex digits. */
    String marker;
    String pkg;
    String[] ids = new String[SUBSCRIBERS];
    String[] accountNumbers = new String[SUBSCRIBERS];
    long last;

    @BeforeAll
    void signUpAFewThousandSubscribers() throws Exception {
        api = new Api(port).login("admin", ApiTest.ADMIN_PASSWORD);
        marker = "s" + UUID.randomUUID().toString().substring(0, 6);
        pkg = api.post("/api/v1/packages", Map.of("name", "Search " + marker, "downloadKbps", 8000, "uploadKbps", 2000)).id();
        ExecutorService threads = Executors.newFixedThreadPool(SIGN_UP_THREADS);
        try {
            List<Future<Api.Answer>> answers = IntStream.range(0, SUBSCRIBERS)
                    .mapToObj(i -> threads.submit(() -> api.post("/api/v1/subscribers", Map.of(
                            "username", usernameOf(i), "password", "secret-123", "type", "PPPOE", "packageId", pkg,
                            "fullName", fullName(i), "phone", phone(i)))))
                    .toList();
            for (int i = 0; i < SUBSCRIBERS; i++) {
                Api.Answer created = answers.get(i).get();
                assertThat(created.status()).as(created.text()).isEqualTo(201);
                ids[i] = created.id();
                accountNumbers[i] = created.body().get("accountNumber").asString();
                last = Math.max(last, created.position());
            }
        } finally {
            threads.shutdown();
        }
        for (int i : SUSPENDED) {
            last = Math.max(last, api.post("/api/v1/subscribers/" + ids[i] + "/suspend", Map.of("reason", "unpaid")).position());
        }
        for (int i : TERMINATED) {
            last = Math.max(last, api.delete("/api/v1/subscribers/" + ids[i]).position());
        }
    }

    @Test
    void aUsernameIsFoundByItsBeginning() {
        assertThat(usernames(search(marker + "-user-004"))).containsExactly(IntStream.range(40, 50)
                .mapToObj(this::usernameOf).toArray(String[]::new));
    }

    @Test
    void aUsernameIsFoundByAnyPartOfIt() {
        JsonNode found = search("ser-12");

        assertThat(found.get("total").asLong()).isEqualTo(100);
        assertThat(usernames(found)).allMatch(username -> username.contains("-user-12"));
    }

    @Test
    void caseDoesNotMatter() {
        assertThat(usernames(search(marker.toUpperCase() + "-USER-0042"))).containsExactly(usernameOf(42));
        assertThat(search("WANJIRU MW").get("total").asLong()).isEqualTo(multiplesOf(35));
        assertThat(search("njiru mwa").get("total").asLong()).isEqualTo(multiplesOf(35));
    }

    @Test
    void aFullNameIsFoundByItsBeginning() {
        JsonNode found = search("achieng ");

        assertThat(found.get("total").asLong()).isEqualTo(SUBSCRIBERS / FIRST_NAMES.length);
        found.get("items").forEach(item -> assertThat(item.get("fullName").asString()).startsWith("Achieng "));
    }

    @Test
    void aPhoneNumberIsFoundWholeOrByItsBeginning() {
        assertThat(ids(search("+254 700001234"))).containsExactly(ids[1234]);
        assertThat(search("+254 70000123").get("total").asLong()).isEqualTo(10);
        assertThat(ids(search("700001234"))).containsExactly(ids[1234]);
    }

    @Test
    void anAccountNumberIsFoundWholeOrByItsBeginning() {
        String account = accountNumbers[2345];

        assertThat(ids(search(account.toLowerCase()))).containsExactly(ids[2345]);
        assertThat(ids(search(account.substring(0, account.length() - 1)))).contains(ids[2345]);
    }

    @Test
    void theStatusNarrowsTheSearch() {
        assertThat(ids(list("status=SUSPENDED"))).containsExactlyInAnyOrder(idsOf(SUSPENDED));
        assertThat(ids(list("status=TERMINATED"))).containsExactlyInAnyOrder(idsOf(TERMINATED));
        assertThat(list("status=ACTIVE").get("total").asLong())
                .isEqualTo(SUBSCRIBERS - SUSPENDED.length - TERMINATED.length);
        assertThat(ids(list("status=SUSPENDED&q=" + encode(marker + "-user-007")))).containsExactly(ids[77]);
    }

    @Test
    void thePackageNarrowsTheSearch() {
        String otherPackage = api.post("/api/v1/packages", Map.of("name", "Search other " + marker,
                "downloadKbps", 8000, "uploadKbps", 2000)).id();

        JsonNode found = api.getCaughtUp("/api/v1/subscribers?q=" + encode(marker) + "&packageId=" + otherPackage, last).body();

        assertThat(found.get("total").asLong()).isZero();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        List<String> usernames = new ArrayList<>();
        for (int page = 0; page * 500 < SUBSCRIBERS; page++) {
            JsonNode found = list("q=" + encode(marker) + "&size=500&page=" + page);
            assertThat(found.get("total").asLong()).isEqualTo(SUBSCRIBERS);
            seen.addAll(ids(found));
            usernames.addAll(usernames(found));
        }

        assertThat(seen).hasSize(SUBSCRIBERS).doesNotHaveDuplicates().containsExactlyInAnyOrder(ids);
        assertThat(usernames).isSorted();
        assertThat(list("q=" + encode(marker) + "&size=500&page=6").get("items")).isEmpty();
        assertThat(list("q=" + encode(marker) + "&size=500&page=6").get("total").asLong()).isEqualTo(SUBSCRIBERS);
        String lastOf400 = "/api/v1/subscribers?packageId=" + pkg + "&size=400&page=7";
        JsonNode partLast = api.getCaughtUp(lastOf400 + "&q=" + encode(marker), last).body();
        assertThat(partLast.get("items")).hasSize(SUBSCRIBERS - 2800);
        assertThat(partLast.get("total").asLong()).isEqualTo(SUBSCRIBERS);
        assertThat(api.getCaughtUp(lastOf400, last).body().get("total").asLong()).isEqualTo(SUBSCRIBERS);
    }

    @Test
    void totalsWithoutTextFollowPackageChanges() {
        String from = api.post("/api/v1/packages", Map.of("name", "From " + marker, "downloadKbps", 8000, "uploadKbps", 2000)).id();
        String to = api.post("/api/v1/packages", Map.of("name", "To " + marker, "downloadKbps", 8000, "uploadKbps", 2000)).id();
        String moving = signUp(from, marker + "-moving", "Moving");
        signUp(from, marker + "-staying", "Staying");
        last = Math.max(last, api.post("/api/v1/subscribers/" + moving + "/change-package", Map.of("packageId", to)).position());

        assertThat(api.getCaughtUp("/api/v1/subscribers?packageId=" + from, last).body().get("total").asLong()).isEqualTo(1);
        assertThat(ids(api.getCaughtUp("/api/v1/subscribers?status=ACTIVE&packageId=" + to, last).body())).containsExactly(moving);
        assertThat(api.getCaughtUp("/api/v1/subscribers?status=ACTIVE&packageId=" + to, last).body().get("total").asLong())
                .isEqualTo(1);
        assertThat(appDatabase.queryForList(COUNTS_OFF)).isEmpty();
    }

    @Test
    void wildcardsAreMatchedLiterally() {
        String wildPackage = api.post("/api/v1/packages", Map.of("name", "Wild " + marker,
                "downloadKbps", 8000, "uploadKbps", 2000)).id();
        String underscore = signUp(wildPackage, marker + "_x1", "Fibre 100% Ltd");
        signUp(wildPackage, marker + "ax1", "Fibre 1000 Ltd");

        assertThat(ids(api.getCaughtUp(in(wildPackage, marker + "_x"), last).body())).containsExactly(underscore);
        assertThat(ids(api.getCaughtUp(in(wildPackage, "100%"), last).body())).containsExactly(underscore);
        assertThat(api.getCaughtUp(in(wildPackage, "%"), last).body().get("total").asLong()).isEqualTo(1);
    }

    private String signUp(String packageId, String username, String fullName) {
        Api.Answer created = api.post("/api/v1/subscribers", Map.of("username", username, "password", "secret-123",
                "type", "HOTSPOT", "packageId", packageId, "fullName", fullName));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        last = Math.max(last, created.position());
        return created.id();
    }

    private JsonNode search(String q) {
        return list("q=" + encode(q));
    }

    private JsonNode list(String query) {
        Api.Answer answer = api.getCaughtUp("/api/v1/subscribers?packageId=" + pkg + "&size=500&" + query, last);
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return answer.body();
    }

    private static String in(String packageId, String q) {
        return "/api/v1/subscribers?packageId=" + packageId + "&q=" + encode(q);
    }

    private String usernameOf(int i) {
        return String.format("%s-user-%04d", marker, i);
    }

    private static String fullName(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length] + " " + LAST_NAMES[i % LAST_NAMES.length];
    }

    private static String phone(int i) {
        return String.format("+254 7%08d", i);
    }

    /** How many of 0 .. SUBSCRIBERS - 1 are multiples of n. */
    private static long multiplesOf(int n) {
        return (SUBSCRIBERS - 1) / n + 1;
    }

    private String[] idsOf(int[] indexes) {
        return IntStream.of(indexes).mapToObj(i -> ids[i]).toArray(String[]::new);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> usernames(JsonNode list) {
        List<String> usernames = new ArrayList<>();
        list.get("items").forEach(item -> usernames.add(item.get("username").asString()));
        return usernames;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
