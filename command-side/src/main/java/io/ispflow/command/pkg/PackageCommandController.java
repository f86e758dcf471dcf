package io.ispflow.command.pkg;

import io.ispflow.command.CommandAccepted;
import io.ispflow.command.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageId;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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
        return new CommandAccepted(id.value(), positions.lastEventOf(id));
    }
}
