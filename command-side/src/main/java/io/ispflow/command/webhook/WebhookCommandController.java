package io.ispflow.command.webhook;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.webhook.NotificationType;
import io.ispflow.kernel.webhook.RegisterWebhook;
import io.ispflow.kernel.webhook.RemoveWebhook;
import io.ispflow.kernel.webhook.WebhookId;
import io.ispflow.kernel.webhook.WebhookSecret;
import io.ispflow.kernel.webhook.WebhookUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

/** Webhook commands of API.md: register one, remove one. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookCommandController {

    private final CommandGateway commands;
    private final EventStorePositions positions;

    WebhookCommandController(CommandGateway commands, EventStorePositions positions) {
        this.commands = commands;
        this.positions = positions;
    }

    /** {@code secret}: 16 to 256 printable characters, the HMAC key each delivery is signed with; never shown again. */
    record Registration(@NotNull String url, @NotEmpty Set<@NotNull NotificationType> events, @NotNull String secret) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted register(@Valid @RequestBody Registration request, Actor actor) {
        WebhookId id = WebhookId.random();
        return send(id.value(), new RegisterWebhook(id, actor.tenantId(), WebhookUrl.of(request.url()), request.events(),
                new WebhookSecret(request.secret())));
    }

    /** Nothing more is posted to it, deliveries still pending included; it and its log are then not found. */
    @DeleteMapping("/{id}")
    CommandAccepted remove(@PathVariable UUID id, Actor actor) {
        return send(id, new RemoveWebhook(WebhookId.of(id), actor.tenantId()));
    }

    private CommandAccepted send(UUID id, Object command) {
        commands.sendAndWait(command);
        return new CommandAccepted(id, positions.lastEventOf(id));
    }
}
