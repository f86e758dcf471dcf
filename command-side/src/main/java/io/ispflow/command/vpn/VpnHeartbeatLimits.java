package io.ispflow.command.vpn;

import io.ispflow.kernel.RateLimitedException;
import io.ispflow.kernel.vpn.AgentKeyId;

/** Heartbeats per agent key and server address, counted where the server keeps its rate limits. */
public interface VpnHeartbeatLimits {

    /** @throws RateLimitedException when this key's agent at this address sent more heartbeats than its timer would */
    void requireHeartbeatAllowed(AgentKeyId agentKeyId, String serverIp);
}
