package io.ispflow.command.router;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.eventstore.RouterRegistrations;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.router.DecommissionRouter;
import io.ispflow.kernel.router.RecordRouterWireGuardKey;
import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RotateRouterSecret;
import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.UpdateRouter;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeySource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Router commands of API.md. */
@RestController
@RequestMapping("/api/v1/routers")
class RouterCommandController {

    private final CommandGateway commands;
    private final RouterRegistrations registrations;
    private final EventStorePositions positions;

    RouterCommandController(CommandGateway commands, RouterRegistrations registrations, EventStorePositions positions) {
        this.commands = commands;
        this.registrations = registrations;
        this.positions = positions;
    }

    record RouterRequest(@NotBlank String name, String site, String description) {

        RouterDetails details() {
            return new RouterDetails(name, site, description);
        }
    }

    record RouterRegisteredAnswer(UUID id, String tunnelAddress, long position) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    RouterRegisteredAnswer register(@Valid @RequestBody RouterRequest request, Actor actor) {
        RouterId id = RouterId.random();
        commands.sendAndWait(new RegisterRouter(id, actor.tenantId(), request.details()));
        RouterRegistrations.Registration registration = registrations.of(id);
        return new RouterRegisteredAnswer(id.value(), registration.tunnelAddress(), registration.position());
    }

    @PutMapping("/{id}")
    CommandAccepted update(@PathVariable UUID id, @Valid @RequestBody RouterRequest request, Actor actor) {
        commands.sendAndWait(new UpdateRouter(RouterId.of(id), actor.tenantId(), request.details()));
        return accepted(RouterId.of(id));
    }

    @PostMapping("/{id}/rotate-secret")
    CommandAccepted rotateSecret(@PathVariable UUID id, Actor actor) {
        commands.sendAndWait(new RotateRouterSecret(RouterId.of(id), actor.tenantId()));
        return accepted(RouterId.of(id));
    }

    /** For a router that could not send its key itself: the operator reads it off the router. */
    @PutMapping("/{id}/wireguard-key")
    CommandAccepted recordWireGuardKey(@PathVariable UUID id, @RequestBody PublicKeyRequest body, Actor actor) {
        commands.sendAndWait(new RecordRouterWireGuardKey(RouterId.of(id), actor.tenantId(), WireGuardKey.of(body.publicKey()),
                WireGuardKeySource.OPERATOR));
        return accepted(RouterId.of(id));
    }

    @PostMapping("/{id}/decommission")
    CommandAccepted decommission(@PathVariable UUID id, Actor actor) {
        commands.sendAndWait(new DecommissionRouter(RouterId.of(id), actor.tenantId()));
        return accepted(RouterId.of(id));
    }

    /** A command that changed nothing answers the position of the router's newest event. */
    private CommandAccepted accepted(RouterId id) {
        return new CommandAccepted(id.value(), positions.lastEventOf(id));
    }
}
