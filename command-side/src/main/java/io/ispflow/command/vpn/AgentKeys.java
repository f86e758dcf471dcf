package io.ispflow.command.vpn;

import io.ispflow.kernel.vpn.AgentKeyCreated;
import io.ispflow.kernel.vpn.AgentKeyList;
import io.ispflow.kernel.vpn.AgentKeyRevoked;
import io.ispflow.kernel.vpn.ListAgentKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link AgentKeyIndex} in the command's transaction (a subscribing processor) and answers the tenant's
 * list from it: the index holds nothing secret, and a second copy in the read model would only lag behind it.
 */
@Component
@ProcessingGroup(AgentKeys.PROCESSING_GROUP)
class AgentKeys {

    static final String PROCESSING_GROUP = "vpn-agent-keys";

    private final AgentKeyIndex index;

    AgentKeys(AgentKeyIndex index) {
        this.index = index;
    }

    @EventHandler
    void on(AgentKeyCreated e) {
        index.created(e.agentKeyId(), e.tenantId(), e.digest(), e.createdAt());
    }

    @EventHandler
    void on(AgentKeyRevoked e) {
        index.revoked(e.agentKeyId(), e.revokedAt());
    }

    @QueryHandler
    AgentKeyList handle(ListAgentKeys query) {
        return new AgentKeyList(index.of(query.tenantId()));
    }
}
