package io.ispflow.server.ratelimit;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** Too many requests from one source; {@code retryAfterSeconds} says when the next one is allowed. */
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, "too many requests; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
