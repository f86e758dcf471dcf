package io.ispflow.command.vpn;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.vpn.AgentKeyCreated;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.vpn.AgentKeyRevoked;
import io.ispflow.kernel.vpn.CreateAgentKey;
import io.ispflow.kernel.vpn.RevokeAgentKey;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A tenant's key for its VPN servers' agents: made, then perhaps revoked, which is final. */
@Aggregate
class AgentKey {

    @AggregateIdentifier
    private AgentKeyId id;
    private TenantId tenantId;
    private boolean revoked;

    @CommandHandler
    AgentKey(CreateAgentKey cmd, Clock clock) {
        apply(new AgentKeyCreated(cmd.agentKeyId(), cmd.tenantId(), cmd.digest(), clock.instant()));
    }

    @CommandHandler
    void handle(RevokeAgentKey cmd, Clock clock) {
        if (!cmd.tenantId().equals(tenantId)) {
            throw new NotFoundException("agent key " + cmd.agentKeyId());
        }
        if (revoked) {
            return;
        }
        apply(new AgentKeyRevoked(id, tenantId, clock.instant()));
    }

    @EventSourcingHandler
    void on(AgentKeyCreated e) {
        id = e.agentKeyId();
        tenantId = e.tenantId();
    }

    @EventSourcingHandler
    void on(AgentKeyRevoked e) {
        revoked = true;
    }

    protected AgentKey() {
    }
}
