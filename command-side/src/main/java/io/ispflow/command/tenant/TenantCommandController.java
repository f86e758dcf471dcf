package io.ispflow.command.tenant;

import io.ispflow.command.CommandAccepted;
import io.ispflow.command.operator.OperatorPasswords;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.CreateOperator;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.tenant.CreateTenant;
import io.ispflow.kernel.tenant.ReactivateTenant;
import io.ispflow.kernel.tenant.SuspendTenant;
import io.ispflow.kernel.tenant.TenantProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The platform administrator's commands on the ISPs of the installation. A new tenant comes with
 * its first OWNER, who then manages the tenant's other operators.
 */
@RestController
@RequestMapping("/api/v1/tenants")
class TenantCommandController {

    record NewTenant(@NotBlank String name, @NotBlank String slug, @NotBlank String accountPrefix,
                     @NotBlank String ownerUsername, @NotNull String ownerPassword) {

        @Override
        public String toString() {
            return "NewTenant[" + slug + ", owner " + ownerUsername + "]";
        }
    }

    record Suspension(@NotBlank String reason) {
    }

    private final CommandGateway commands;
    private final EventStorePositions positions;
    private final OperatorPasswords passwords;

    TenantCommandController(CommandGateway commands, EventStorePositions positions, OperatorPasswords passwords) {
        this.commands = commands;
        this.positions = positions;
        this.passwords = passwords;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted create(@Valid @RequestBody NewTenant body) {
        TenantId id = TenantId.of(UUID.randomUUID());
        TenantProfile profile = new TenantProfile(body.name(), body.slug(), body.accountPrefix());
        PasswordHash ownerPassword = passwords.hash("ownerPassword", body.ownerPassword());
        OperatorId owner = OperatorId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateTenant(id, profile,
                new CreateOperator(owner, id, body.ownerUsername().strip().toLowerCase(), Role.OWNER, ownerPassword)));
        return new CommandAccepted(id.value(), positions.lastEventOf(owner));
    }

    @PostMapping("/{id}/suspend")
    CommandAccepted suspend(@PathVariable UUID id, @Valid @RequestBody Suspension body, Actor actor) {
        commands.sendAndWait(new SuspendTenant(TenantId.of(id), body.reason(), actor.tenantId()));
        return new CommandAccepted(id, positions.lastEventOf(id));
    }

    @PostMapping("/{id}/reactivate")
    CommandAccepted reactivate(@PathVariable UUID id) {
        commands.sendAndWait(new ReactivateTenant(TenantId.of(id)));
        return new CommandAccepted(id, positions.lastEventOf(id));
    }
}
