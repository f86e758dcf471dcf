package io.ispflow.command.router;

import io.ispflow.kernel.RateLimitedException;

/**
 * Failed router API keys, counted per client address like failed sign-ins, where the server keeps its
 * rate limits: a wrong key costs a lookup, and a source that keeps guessing is refused before it.
 */
public interface RouterApiKeyLimits {

    /** @throws RateLimitedException when the address presented too many wrong keys lately */
    void requireApiKeyAllowed(String clientIp);

    void apiKeyFailed(String clientIp);
}
