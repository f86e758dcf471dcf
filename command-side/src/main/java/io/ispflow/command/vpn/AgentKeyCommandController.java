package io.ispflow.command.vpn;

import io.ispflow.command.CommandAccepted;
import io.ispflow.command.router.RouterSecrets;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.vpn.AgentKeyDigest;
import io.ispflow.kernel.vpn.AgentKeyId;
import io.ispflow.kernel.vpn.CreateAgentKey;
import io.ispflow.kernel.vpn.RevokeAgentKey;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Agent keys of API.md v1.1: the key is answered once, at its making, and stored only as its digest. */
@RestController
@RequestMapping("/api/v1/vpn-servers/agent-keys")
class AgentKeyCommandController {

    private final CommandGateway commands;
    private final RouterSecrets secrets;
    private final EventStorePositions positions;

    AgentKeyCommandController(CommandGateway commands, RouterSecrets secrets, EventStorePositions positions) {
        this.commands = commands;
        this.secrets = secrets;
        this.positions = positions;
    }

    record AgentKeyMade(UUID id, String key, long position) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AgentKeyMade create(Actor actor) {
        AgentKeyId id = AgentKeyId.random();
        String key = secrets.apiToken();
        commands.sendAndWait(new CreateAgentKey(id, actor.tenantId(), AgentKeyDigest.of(key)));
        return new AgentKeyMade(id.value(), key, positions.lastEventOf(id));
    }

    @PostMapping("/{id}/revoke")
    CommandAccepted revoke(@PathVariable UUID id, Actor actor) {
        commands.sendAndWait(new RevokeAgentKey(AgentKeyId.of(id), actor.tenantId()));
        return new CommandAccepted(id, positions.lastEventOf(AgentKeyId.of(id)));
    }
}
