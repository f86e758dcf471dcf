package io.ispflow.command.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Which router makes a call of its own: the router's API token in {@code X-API-Key} names the router
 * and its tenant. Only a presented wrong key counts against the caller's address; each router's calls count against
 * the router.
 */
@Component
class RouterApiAuthentication {

    static final String API_KEY = "X-API-Key";

    private final RouterApiTokenIndex tokens;
    private final RouterApiKeyLimits limits;

    RouterApiAuthentication(RouterApiTokenIndex tokens, RouterApiKeyLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    /**
     * 401 AUTH_INVALID for a missing, wrong, rotated or decommissioned router's key; 429 RATE_LIMITED for a router
     * that calls more often than its allowance.
     */
    RouterApiTokenIndex.Holder router(String apiKey, String clientIp) {
        if (apiKey == null) {
            throw new DomainException(ErrorCode.AUTH_INVALID, "the router's API token is required in " + API_KEY);
        }
        limits.requireApiKeyAllowed(clientIp);
        RouterApiTokenIndex.Holder router = tokens.holderOf(apiKey).orElseThrow(() -> {
            limits.apiKeyFailed(clientIp);
            return new DomainException(ErrorCode.AUTH_INVALID, "no active router has this API token");
        });
        limits.routerCalled(router.routerId());
        return router;
    }
}
