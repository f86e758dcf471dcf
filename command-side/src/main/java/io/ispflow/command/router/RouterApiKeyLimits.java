package io.ispflow.command.router;

import io.ispflow.kernel.RateLimitedException;
import io.ispflow.kernel.router.RouterId;

/**
 * Failed router API keys, counted per client address like failed sign-ins, and each router's own calls, where the
 * server keeps its rate limits: a wrong key costs a lookup, and a source that keeps guessing is refused before it.
 */
public interface RouterApiKeyLimits {

    /** @throws RateLimitedException when the address presented too many wrong keys lately */
    void requireApiKeyAllowed(String clientIp);

    void apiKeyFailed(String clientIp);

    /**
     * Counts a call the router made with its right key: a script gone wrong, or a leaked key, cannot flood the
     * server with writes.
     *
     * @throws RateLimitedException when the router called too often lately
     */
    void routerCalled(RouterId routerId);
}
