package io.ispflow.command.vpn;

import io.ispflow.command.router.RouterApiKeyLimits;
import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.springframework.stereotype.Component;

/**
 * Which tenant's agent calls: its agent key in {@code X-API-Key}. A wrong key counts against the caller's address
 * like a wrong router key, and every refusal reads the same, so a caller learns nothing of which keys exist.
 */
@Component
class AgentAuthentication {

    static final String API_KEY = "X-API-Key";

    private final AgentKeyIndex keys;
    private final RouterApiKeyLimits limits;

    AgentAuthentication(AgentKeyIndex keys, RouterApiKeyLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    /** 401 AUTH_INVALID for a missing, wrong or revoked key. */
    AgentKeyIndex.Holder agent(String apiKey, String clientIp) {
        if (apiKey == null) {
            throw new DomainException(ErrorCode.AUTH_INVALID, "an agent key is required in " + API_KEY);
        }
        limits.requireApiKeyAllowed(clientIp);
        return keys.holderOf(apiKey).orElseThrow(() -> {
            limits.apiKeyFailed(clientIp);
            return new DomainException(ErrorCode.AUTH_INVALID, "no active agent key is this one");
        });
    }
}
