package io.ispflow.kernel.vpn;

/**
 * Answers the {@link AgentIdentity} an agent key names, if it is active; a wrong key counts against {@code clientIp}
 * as at a heartbeat. For the query side, which holds no keys.
 */
public record IdentifyAgent(String apiKey, String clientIp) {

    /** The key itself never reaches a log through this record. */
    @Override
    public String toString() {
        return "IdentifyAgent[clientIp=" + clientIp + "]";
    }
}
