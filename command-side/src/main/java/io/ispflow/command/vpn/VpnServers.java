package io.ispflow.command.vpn;

import io.ispflow.kernel.vpn.VpnServerFlagsChanged;
import io.ispflow.kernel.vpn.VpnServerRemoved;
import io.ispflow.kernel.vpn.VpnServerWireGuardConfigured;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Writes what the tenant decides about a server into its live record, in the command's transaction (a subscribing
 * processor): the sweeper spares a static server from the moment its command returns. Registration, DOWN and UP
 * are written by the heartbeat and the sweeper themselves, which decide them.
 */
@Component
@ProcessingGroup(VpnServers.PROCESSING_GROUP)
class VpnServers {

    static final String PROCESSING_GROUP = "vpn-servers";

    private final VpnServerRecords records;

    VpnServers(VpnServerRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(VpnServerFlagsChanged e) {
        records.flags(e.vpnServerId(), e.flags());
    }

    @EventHandler
    void on(VpnServerWireGuardConfigured e) {
        records.wireGuard(e.vpnServerId(), e.endpoint(), e.publicKey());
    }

    @EventHandler
    void on(VpnServerRemoved e) {
        records.removed(e.vpnServerId());
    }
}
