package io.ispflow.kernel;

/** Too many requests from one source; {@code retryAfterSeconds} says when the next one is allowed. */
public class RateLimitedException extends DomainException {

    private final long retryAfterSeconds;

    public RateLimitedException(long retryAfterSeconds) {
        this("too many requests; retry after " + retryAfterSeconds + " s", retryAfterSeconds);
    }

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
