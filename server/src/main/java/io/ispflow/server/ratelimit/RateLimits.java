package io.ispflow.server.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.ispflow.command.router.RouterApiKeyLimits;
import io.ispflow.command.vpn.VpnHeartbeatLimits;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.RateLimitedException;
import io.ispflow.kernel.router.RouterId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Token buckets (bucket4j) of failed sign-ins per client address and per username, of wrong router API
 * keys per client address, of calls per session, of each router's own calls (heartbeats, its WireGuard key) and of VPN
 * server heartbeats per agent key and server. Failures, not attempts, are counted, and a username's own allowance is ten times an
 * address's and does not bind an address the username has signed in from: one stranger cannot use
 * it up (their address runs out first), and however many try, the operator still signs in from where
 * they did before. Buckets and known addresses live in this process, at most {@value #MAX_BUCKETS}
 * of each, least recently used first out; behind several processes each counts on its own.
 */
@Component
public class RateLimits implements RouterApiKeyLimits, VpnHeartbeatLimits {

    static final int MAX_BUCKETS = 100_000;
    /** How many more failures a username takes than an address, so that only many addresses together reach it. */
    static final int USERNAME_FACTOR = 10;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Map<String, Bucket> buckets = lastUsed();
    /** "username address" of every successful sign-in. */
    private final Map<String, Boolean> knownAddresses = lastUsed();
    private final int loginsPerMinute;
    private final int callsPerMinute;
    private final int routerCallsPerMinute;
    private final int heartbeatsPerMinute;

    RateLimits(@Value("${ispflow.rate-limit.logins-per-minute:5}") int loginsPerMinute,
               @Value("${ispflow.rate-limit.calls-per-minute:600}") int callsPerMinute,
               @Value("${ispflow.rate-limit.router-calls-per-minute:10}") int routerCallsPerMinute,
               @Value("${ispflow.vpn-servers.heartbeats-per-minute:6}") int heartbeatsPerMinute) {
        this.loginsPerMinute = loginsPerMinute;
        this.callsPerMinute = callsPerMinute;
        this.routerCallsPerMinute = routerCallsPerMinute;
        this.heartbeatsPerMinute = heartbeatsPerMinute;
    }

    /**
     * Refuses a sign-in, before its password is hashed, when its address has failed too often, or its
     * username has and the address is not one the username signed in from.
     */
    public void requireSignInAllowed(String clientIp, String username) {
        require(addressFailures(clientIp));
        if (!knownAddresses.containsKey(pair(clientIp, username))) {
            require(usernameFailures(username));
        }
    }

    /** Counts a sign-in whose username or password was wrong against its address and its username. */
    public void signInFailed(String clientIp, String username) {
        addressFailures(clientIp).tryConsume(1);
        usernameFailures(username).tryConsume(1);
    }

    /** Remembers the address as the username's own: failures from elsewhere no longer keep it out. */
    public void signedIn(String clientIp, String username) {
        knownAddresses.put(pair(clientIp, username), Boolean.TRUE);
    }

    /** A wrong router API key counts like a failed sign-in, in a bucket of the address's own. */
    @Override
    public void requireApiKeyAllowed(String clientIp) {
        require(apiKeyFailures(clientIp));
    }

    @Override
    public void apiKeyFailed(String clientIp) {
        apiKeyFailures(clientIp).tryConsume(1);
    }

    /** An agent's timer sends one heartbeat every two minutes: a few more a minute are a retry, many are not an agent. */
    @Override
    public void requireHeartbeatAllowed(AgentKeyId agentKeyId, String serverIp) {
        consume(bucket("heartbeat:" + agentKeyId + " " + serverIp, () -> perMinute(heartbeatsPerMinute)));
    }

    /** Counts one call made with a session's access token. */
    public void call(String sessionId) {
        consume(bucket("session:" + sessionId, () -> perMinute(callsPerMinute)));
    }

    /** A router's heartbeat comes once a minute: its allowance leaves room for retries and its other calls. */
    @Override
    public void routerCalled(RouterId routerId) {
        consume(bucket("router:" + routerId, () -> perMinute(routerCallsPerMinute)));
    }

    private static void consume(Bucket calls) {
        ConsumptionProbe probe = calls.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw refused(probe.getNanosToWaitForRefill());
        }
    }

    private Bucket addressFailures(String clientIp) {
        return bucket("ip:" + clientIp, () -> perMinute(loginsPerMinute));
    }

    private Bucket apiKeyFailures(String clientIp) {
        return bucket("api-key:" + clientIp, () -> perMinute(loginsPerMinute));
    }

    private Bucket usernameFailures(String username) {
        return bucket("user:" + normalised(username), () -> perMinute(USERNAME_FACTOR * loginsPerMinute));
    }

    private Bucket bucket(String key, Supplier<Bucket> newBucket) {
        return buckets.computeIfAbsent(key, k -> newBucket.get());
    }

    private static void require(Bucket failures) {
        EstimationProbe probe = failures.estimateAbilityToConsume(1);
        if (!probe.canBeConsumed()) {
            throw refused(probe.getNanosToWaitForRefill());
        }
    }

    private static RateLimitedException refused(long nanosToWait) {
        return new RateLimitedException(Math.max(1, Duration.ofNanos(nanosToWait).toSeconds() + 1));
    }

    private static String pair(String clientIp, String username) {
        return normalised(username) + " " + clientIp;
    }

    /** Operators' usernames are lower case; "Admin" is counted as "admin". */
    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private static Bucket perMinute(int limit) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, MINUTE).build()).build();
    }

    private static <V> Map<String, V> lastUsed() {
        return Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > MAX_BUCKETS;
            }
        });
    }
}
