package io.ispflow.command.operator;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.operator.ChangeOperatorPassword;
import io.ispflow.kernel.operator.ChangeOperatorRole;
import io.ispflow.kernel.operator.CreateOperator;
import io.ispflow.kernel.operator.RemoveOperator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A tenant's OWNER manages its operators: who may sign in, with which role. */
@RestController
@RequestMapping("/api/v1/operators")
class OperatorCommandController {

    record NewOperator(@NotBlank String username, @NotNull String password, @NotNull Role role) {

        @Override
        public String toString() {
            return "NewOperator[" + username + ", " + role + "]";
        }
    }

    record RoleChoice(@NotNull Role role) {
    }

    record NewPassword(@NotNull String password) {

        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }

    private final CommandGateway commands;
    private final OperatorPasswords passwords;
    private final EventStorePositions positions;

    OperatorCommandController(CommandGateway commands, OperatorPasswords passwords, EventStorePositions positions) {
        this.commands = commands;
        this.passwords = passwords;
        this.positions = positions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted create(@Valid @RequestBody NewOperator body, Actor actor) {
        OperatorId id = OperatorId.of(UUID.randomUUID());
        commands.sendAndWait(new CreateOperator(id, actor.tenantId(), body.username().strip().toLowerCase(),
                body.role(), passwords.hash("password", body.password())));
        return new CommandAccepted(id.value(), positions.lastEventOf(id));
    }

    @PutMapping("/{id}/role")
    CommandAccepted changeRole(@PathVariable UUID id, @Valid @RequestBody RoleChoice body, Actor actor) {
        return send(id, new ChangeOperatorRole(OperatorId.of(id), actor.tenantId(), body.role()));
    }

    @PutMapping("/{id}/password")
    CommandAccepted changePassword(@PathVariable UUID id, @Valid @RequestBody NewPassword body, Actor actor) {
        return send(id, new ChangeOperatorPassword(OperatorId.of(id), actor.tenantId(), passwords.hash("password", body.password())));
    }

    @DeleteMapping("/{id}")
    CommandAccepted remove(@PathVariable UUID id, Actor actor) {
        return send(id, new RemoveOperator(OperatorId.of(id), actor.tenantId()));
    }

    private CommandAccepted send(UUID id, Object command) {
        commands.sendAndWait(command);
        return new CommandAccepted(id, positions.lastEventOf(id));
    }
}
