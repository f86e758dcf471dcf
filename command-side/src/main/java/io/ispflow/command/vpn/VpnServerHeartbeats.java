package io.ispflow.command.vpn;

import io.ispflow.kernel.vpn.MarkVpnServerUp;
import io.ispflow.kernel.vpn.RegisterVpnServer;
import io.ispflow.kernel.vpn.VpnServerId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A heartbeat's effect: the first from an address in the tenant claims its row and registers the server (one
 * claim wins however many arrive together); a later one updates the row, and the one that finds it DOWN brings
 * the server UP.
 */
@Component
class VpnServerHeartbeats {

    private final AgentAuthentication authentication;
    private final VpnHeartbeatLimits limits;
    private final VpnServerRecords records;
    private final CommandGateway commands;
    private final Clock clock;

    VpnServerHeartbeats(AgentAuthentication authentication, VpnHeartbeatLimits limits, VpnServerRecords records,
                        CommandGateway commands, Clock clock) {
        this.authentication = authentication;
        this.limits = limits;
        this.records = records;
        this.commands = commands;
        this.clock = clock;
    }

    /** The key is checked before the body, and the body whole before anything is stored. */
    void receive(String apiKey, String clientIp, HeartbeatReport sent) {
        AgentKeyIndex.Holder agent = authentication.agent(apiKey, clientIp);
        HeartbeatReport report = sent.checked();
        limits.requireHeartbeatAllowed(agent.agentKeyId(), report.ip());
        Instant now = clock.instant();
        Optional<VpnServerRecords.Touched> beat = records.beat(agent.tenantId(), report, now);
        if (beat.isPresent()) {
            if (beat.get().wasDown()) {
                commands.sendAndWait(new MarkVpnServerUp(beat.get().vpnServerId(), agent.tenantId(), now));
            }
            return;
        }
        Optional<VpnServerId> claimed = records.claim(agent.tenantId(), report, now);
        if (claimed.isEmpty()) {
            // another heartbeat from the same address claimed it a moment ago
            records.beat(agent.tenantId(), report, now);
            return;
        }
        try {
            commands.sendAndWait(new RegisterVpnServer(claimed.get(), agent.tenantId(), report.ip(), report.hostname(),
                    report.location(), now));
        } catch (RuntimeException failed) {
            records.unclaim(claimed.get());
            throw failed;
        }
    }
}
