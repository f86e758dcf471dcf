package io.ispflow.command.vpn;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.vpn.AgentIdentity;
import io.ispflow.kernel.vpn.AgentKeyCreated;
import io.ispflow.kernel.vpn.AgentKeyList;
import io.ispflow.kernel.vpn.AgentKeyRevoked;
import io.ispflow.kernel.vpn.IdentifyAgent;
import io.ispflow.kernel.vpn.ListAgentKeys;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps {@link AgentKeyIndex} in the command's transaction (a subscribing processor) and answers the tenant's
 * list from it: the index holds nothing secret, and a second copy in the read model would only lag behind it.
 */
@Component
@ProcessingGroup(AgentKeys.PROCESSING_GROUP)
class AgentKeys {

    static final String PROCESSING_GROUP = "vpn-agent-keys";

    private final AgentKeyIndex index;
    private final AgentAuthentication authentication;

    AgentKeys(AgentKeyIndex index, AgentAuthentication authentication) {
        this.index = index;
        this.authentication = authentication;
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

    /** Empty for a key that opens nothing, or an address refused for too many wrong keys: the asker answers 401. */
    @QueryHandler
    Optional<AgentIdentity> handle(IdentifyAgent query) {
        try {
            AgentKeyIndex.Holder agent = authentication.agent(query.apiKey(), query.clientIp());
            return Optional.of(new AgentIdentity(agent.agentKeyId(), agent.tenantId()));
        } catch (DomainException refused) {
            return Optional.empty();
        }
    }
}
