package io.ispflow.command.subscriber;

import io.ispflow.command.EventStorePositions;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Subscriber commands of API.md. */
@RestController
@RequestMapping("/api/v1/subscribers")
class SubscriberCommandController {

    private final CommandGateway commands;
    private final EventStore events;
    private final EventStorePositions positions;

    SubscriberCommandController(CommandGateway commands, EventStore events, EventStorePositions positions) {
        this.commands = commands;
        this.events = events;
        this.positions = positions;
    }

    record SubscriberCreatedAnswer(UUID id, String accountNumber, long position) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriberCreatedAnswer create(@Valid @RequestBody SubscriberRequest request, Actor actor) {
        SubscriberId id = SubscriberId.random();
        commands.sendAndWait(request.toCommand(id, actor.tenantId()));
        SubscriberCreated created = (SubscriberCreated) events.readEvents(id.toString()).next().getPayload();
        return new SubscriberCreatedAnswer(id.value(), created.accountNumber(), positions.lastEventOf(id));
    }
}
