package io.ispflow.server.ratelimit;

import io.ispflow.kernel.RateLimitedException;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Token buckets (bucket4j) per client IP and per username for sign-in, and per session for every
 * other call. Buckets live in this process, at most {@value #MAX_BUCKETS} of them, least recently
 * used first out; behind several processes each counts on its own.
 */
@Component
public class RateLimits {

    static final int MAX_BUCKETS = 100_000;
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_BUCKETS;
        }
    });
    private final int loginsPerMinute;
    private final int callsPerMinute;

    RateLimits(@Value("${ispflow.rate-limit.logins-per-minute:5}") int loginsPerMinute,
               @Value("${ispflow.rate-limit.calls-per-minute:600}") int callsPerMinute) {
        this.loginsPerMinute = loginsPerMinute;
        this.callsPerMinute = callsPerMinute;
    }

    /** Counts one sign-in attempt against the client's address and against the username it tries. */
    public void signIn(String clientIp, String username) {
        take("ip:" + clientIp, () -> perMinute(loginsPerMinute));
        take("user:" + username, () -> perMinute(loginsPerMinute));
    }

    /** Counts one call made with a session's access token. */
    public void call(String sessionId) {
        take("session:" + sessionId, () -> perMinute(callsPerMinute));
    }

    private void take(String key, Supplier<Bucket> newBucket) {
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> newBucket.get()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
        }
    }

    private static Bucket perMinute(int limit) {
        return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, MINUTE).build()).build();
    }
}
