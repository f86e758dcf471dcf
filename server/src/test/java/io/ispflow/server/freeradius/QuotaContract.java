package io.ispflow.server.freeradius;

import io.ispflow.server.Eventually;
import io.ispflow.sessions.quota.QuotaWatcher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data quotas end to end: a router's accounting pushes a subscriber past its package's quota, the watcher records
 * it, and both the session already open (a CoA or Disconnect-Request) and the next login (FreeRADIUS's answer)
 * follow; a top-up gives the package's rate back. Run on each RADIUS database dialect.
 */
interface QuotaContract extends SessionControlContract {

    /** Enough to bring a 100 MB quota under any share of a second lost to Event-Timestamp's whole seconds. */
    long UPLOAD = 40_000_000;
    long DOWNLOAD = 70_000_000;

    QuotaWatcher quotaWatcher();

    @Test
    default void usagePastTheQuotaBringsTheFairUsageRateToTheSessionAndTheNextLoginUntilATopUp() throws Exception {
        String capped = operator().createPackage(Map.of("name", "Capped 20", "downloadKbps", 20000, "uploadKbps", 5000,
                "dataQuotaMb", 100, "fupDownloadKbps", 1000, "fupUploadKbps", 512));
        try (Online online = online("quota-1", "qa-amina", capped, "100.64.2.10")) {
            RouterCoaListener.Received coa = usePastTheQuota(online, "100.64.2.10");

            assertThat(coa.isCoa()).isTrue();
            assertThat(coa.attributes()).containsEntry("Mikrotik-Rate-Limit", "512k/1M")
                    .containsEntry("Acct-Session-Id", online.sessionId());
            assertThat(rateAtLogin(online, "512k/1M")).isEqualTo("512k/1M");
            assertThat(loginAnswer(online)).as("no bytes left to count once used up").doesNotContainKey("Mikrotik-Total-Limit");
            JsonNode quota = Eventually.value(() -> quota(online), q -> q.get("state").asString().equals("FAIR_USAGE"),
                    Duration.ofSeconds(10));
            assertThat(quota.get("limitMb").asInt()).isEqualTo(100);
            assertThat(quota.get("usedMb").asLong()).isGreaterThanOrEqualTo(100);

            operator().command("/api/v1/subscribers/" + online.subscriberId() + "/quota-top-up", Map.of("mb", 50));

            RouterCoaListener.Received restored = online.coaPort().next(Duration.ofSeconds(5));
            assertThat(restored).isNotNull();
            assertThat(restored.attributes()).containsEntry("Mikrotik-Rate-Limit", "5M/20M");
            assertThat(rateAtLogin(online, "5M/20M")).isEqualTo("5M/20M");
            quotaWatcher().check();
            assertThat(loginAnswer(online)).as("the top-up's bytes left").containsKey("Mikrotik-Total-Limit");
        }
    }

    @Test
    default void withoutAFairUsageRateTheSessionIsDisconnectedAndTheNextLoginRejected() throws Exception {
        String capped = operator().createPackage(Map.of("name", "Capped hard", "downloadKbps", 20000, "uploadKbps", 5000,
                "dataQuotaMb", 100));
        try (Online online = online("quota-2", "qa-bakari", capped, "100.64.2.11")) {
            RouterCoaListener.Received disconnect = usePastTheQuota(online, "100.64.2.11");

            assertThat(disconnect.isDisconnect()).isTrue();
            RouterRadiusClient router = freeRadius().router(online.router().tunnelAddress(), online.router().secret());
            assertThat(Eventually.value(() -> router.authenticate(online.username(), online.username() + "-secret").kind(),
                    RadiusAnswer.Kind.ACCESS_REJECT::equals, Duration.ofSeconds(10))).isEqualTo(RadiusAnswer.Kind.ACCESS_REJECT);
        }
    }

    @Test
    default void aLoginCarriesTheBytesLeftSoThatTheRouterEndsASessionThatRunsPastThem() throws Exception {
        String capped = operator().createPackage(Map.of("name", "Capped 5000", "downloadKbps", 20000, "uploadKbps", 5000,
                "dataQuotaMb", 5000, "fupDownloadKbps", 1000, "fupUploadKbps", 512));
        try (Online online = online("quota-3", "qa-chausiku", capped, "100.64.2.12")) {
            // 5,000 MB is 5,000,000,000 bytes: one gigaword of 2^32 and 705,032,704 bytes
            Map<String, String> fresh = limitAtLogin(online, "1");
            assertThat(fresh).containsEntry("Mikrotik-Total-Limit", "705032704").containsEntry("Mikrotik-Rate-Limit", "5M/20M");

            RouterRadiusClient router = freeRadius().router(online.router().tunnelAddress(), online.router().secret());
            router.interim(new RouterRadiusClient.SessionReport(online.username(), online.sessionId(), "100.64.2.12",
                    "02:00:00:00:00:01", 400_000_000, 600_000_000, 600, Instant.now().plusSeconds(60)));

            // 4,000,000,000 left, give or take the share of a second the start's whole-second timestamp puts before the period
            Map<String, String> used = limitAtLogin(online, "0");
            assertThat(Long.parseLong(used.get("Mikrotik-Total-Limit"))).isBetween(4_000_000_000L, 4_020_000_000L);
        }
    }

    /** The answer to a login once its gigawords of bytes left are as expected, the accounting read and checked at once. */
    private Map<String, String> limitAtLogin(Online online, String gigawords) {
        return Eventually.value(() -> {
            catchUpAccounting();
            quotaWatcher().check();
            return loginAnswer(online);
        }, answer -> gigawords.equals(answer.get("Mikrotik-Total-Limit-Gigawords")), Duration.ofSeconds(10));
    }

    /** An interim update past the quota, read and checked at once rather than at the next polls. */
    private RouterCoaListener.Received usePastTheQuota(Online online, String framedIp) {
        RouterRadiusClient router = freeRadius().router(online.router().tunnelAddress(), online.router().secret());
        router.interim(new RouterRadiusClient.SessionReport(online.username(), online.sessionId(), framedIp,
                "02:00:00:00:00:01", UPLOAD, DOWNLOAD, 600, Instant.now().plusSeconds(60)));
        return Eventually.value(() -> {
            catchUpAccounting();
            quotaWatcher().check();
            try {
                return online.coaPort().next(Duration.ofMillis(200));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, Objects::nonNull, Duration.ofSeconds(10));
    }

    private String rateAtLogin(Online online, String expected) {
        RouterRadiusClient router = freeRadius().router(online.router().tunnelAddress(), online.router().secret());
        return Eventually.value(() -> router.authenticate(online.username(), online.username() + "-secret").attributes()
                .get("Mikrotik-Rate-Limit"), expected::equals, Duration.ofSeconds(10));
    }

    private Map<String, String> loginAnswer(Online online) {
        RouterRadiusClient router = freeRadius().router(online.router().tunnelAddress(), online.router().secret());
        return router.authenticate(online.username(), online.username() + "-secret").attributes();
    }

    private JsonNode quota(Online online) {
        return admin().get("/api/v1/subscribers/" + online.subscriberId()).body().get("quota");
    }
}
