package io.ispflow.command.pkg;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.RetirePackage;
import io.ispflow.kernel.pkg.UpdatePackage;
import jakarta.validation.Valid;
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

/** Package commands of API.md. */
@RestController
@RequestMapping("/api/v1/packages")
class PackageCommandController {

    private final CommandGateway commands;
    private final EventStorePositions positions;

    PackageCommandController(CommandGateway commands, EventStorePositions positions) {
        this.commands = commands;
        this.positions = positions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted create(@Valid @RequestBody PackageRequest request, Actor actor) {
        PackageId id = PackageId.random();
        commands.sendAndWait(new CreatePackage(id, actor.tenantId(), request.terms()));
        return accepted(id);
    }

    @PutMapping("/{id}")
    CommandAccepted update(@PathVariable UUID id, @Valid @RequestBody PackageRequest request, Actor actor) {
        commands.sendAndWait(new UpdatePackage(PackageId.of(id), actor.tenantId(), request.terms()));
        return accepted(PackageId.of(id));
    }

    @PostMapping("/{id}/retire")
    CommandAccepted retire(@PathVariable UUID id, Actor actor) {
        commands.sendAndWait(new RetirePackage(PackageId.of(id), actor.tenantId()));
        return accepted(PackageId.of(id));
    }

    /** A command that changed nothing answers the position of the package's newest event. */
    private CommandAccepted accepted(PackageId id) {
        return new CommandAccepted(id.value(), positions.lastEventOf(id));
    }
}
