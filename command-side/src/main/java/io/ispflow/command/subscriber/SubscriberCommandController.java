package io.ispflow.command.subscriber;

import io.ispflow.command.CommandAccepted;
import io.ispflow.eventstore.EventStorePositions;
import io.ispflow.eventstore.SubscriberCreations;
import io.ispflow.kernel.Actor;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.quota.TopUpQuota;
import io.ispflow.kernel.subscriber.AssignStaticIp;
import io.ispflow.kernel.subscriber.ChangePackage;
import io.ispflow.kernel.subscriber.ChangePassword;
import io.ispflow.kernel.subscriber.Contact;
import io.ispflow.kernel.subscriber.DisconnectSubscriber;
import io.ispflow.kernel.subscriber.ForgetSubscriber;
import io.ispflow.kernel.subscriber.RadiusPassword;
import io.ispflow.kernel.subscriber.ReactivateSubscriber;
import io.ispflow.kernel.subscriber.ReleaseStaticIp;
import io.ispflow.kernel.subscriber.RenewSubscription;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SuspendSubscriber;
import io.ispflow.kernel.subscriber.TerminateSubscriber;
import io.ispflow.kernel.subscriber.UpdateContact;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

import java.time.Instant;
import java.util.UUID;

/** Subscriber commands of API.md. */
@RestController
@RequestMapping("/api/v1/subscribers")
class SubscriberCommandController {

    private final CommandGateway commands;
    private final SubscriberCreations creations;
    private final EventStorePositions positions;

    SubscriberCommandController(CommandGateway commands, SubscriberCreations creations, EventStorePositions positions) {
        this.commands = commands;
        this.creations = creations;
        this.positions = positions;
    }

    record SubscriberCreatedAnswer(UUID id, String accountNumber, long position) {
    }

    record PackageChoice(@NotNull UUID packageId) {
    }

    record NewPassword(@NotNull String password) {

        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }

    record Suspension(@NotBlank String reason) {
    }

    record Disconnection(@NotBlank String reason) {
    }

    record Renewal(Instant until, Integer days) {
    }

    record StaticIp(@NotBlank String ip) {
    }

    record ContactDetails(String fullName, String phone, String email, String address) {
    }

    /** A long, so that a number beyond an int is refused by the bounds, not read as another. */
    record TopUp(@NotNull @Min(1) @Max(PackageTerms.MAX_QUOTA_MB) Long mb) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SubscriberCreatedAnswer create(@Valid @RequestBody SubscriberRequest request, Actor actor) {
        SubscriberId id = SubscriberId.random();
        commands.sendAndWait(request.toCommand(id, actor.tenantId()));
        SubscriberCreations.Creation created = creations.of(id);
        return new SubscriberCreatedAnswer(id.value(), created.accountNumber(), created.position());
    }

    @PostMapping("/{id}/change-package")
    CommandAccepted changePackage(@PathVariable UUID id, @Valid @RequestBody PackageChoice body, Actor actor) {
        return send(id, new ChangePackage(SubscriberId.of(id), actor.tenantId(), PackageId.of(body.packageId())));
    }

    @PostMapping("/{id}/change-password")
    CommandAccepted changePassword(@PathVariable UUID id, @Valid @RequestBody NewPassword body, Actor actor) {
        return send(id, new ChangePassword(SubscriberId.of(id), actor.tenantId(), new RadiusPassword(body.password())));
    }

    @PostMapping("/{id}/suspend")
    CommandAccepted suspend(@PathVariable UUID id, @Valid @RequestBody Suspension body, Actor actor) {
        return send(id, new SuspendSubscriber(SubscriberId.of(id), actor.tenantId(), body.reason()));
    }

    /** Every open session of the subscriber is sent a Disconnect-Request (docs/radius.md, "CoA and Disconnect"). */
    @PostMapping("/{id}/disconnect")
    CommandAccepted disconnect(@PathVariable UUID id, @Valid @RequestBody Disconnection body, Actor actor) {
        return send(id, new DisconnectSubscriber(SubscriberId.of(id), actor.tenantId(), body.reason()));
    }

    @PostMapping("/{id}/reactivate")
    CommandAccepted reactivate(@PathVariable UUID id, Actor actor) {
        return send(id, new ReactivateSubscriber(SubscriberId.of(id), actor.tenantId()));
    }

    @PostMapping("/{id}/renew")
    CommandAccepted renew(@PathVariable UUID id, @RequestBody(required = false) Renewal body, Actor actor) {
        Renewal renewal = body != null ? body : new Renewal(null, null);
        return send(id, new RenewSubscription(SubscriberId.of(id), actor.tenantId(), renewal.until(), renewal.days()));
    }

    @PutMapping("/{id}/static-ip")
    CommandAccepted assignStaticIp(@PathVariable UUID id, @Valid @RequestBody StaticIp body, Actor actor) {
        return send(id, new AssignStaticIp(SubscriberId.of(id), actor.tenantId(), Ipv4Address.parse("ip", body.ip())));
    }

    @DeleteMapping("/{id}/static-ip")
    CommandAccepted releaseStaticIp(@PathVariable UUID id, Actor actor) {
        return send(id, new ReleaseStaticIp(SubscriberId.of(id), actor.tenantId()));
    }

    @PutMapping("/{id}/contact")
    CommandAccepted updateContact(@PathVariable UUID id, @Valid @RequestBody ContactDetails body, Actor actor) {
        return send(id, new UpdateContact(SubscriberId.of(id), actor.tenantId(),
                new Contact(body.fullName(), body.phone(), body.email(), body.address())));
    }

    /** Adds megabytes to the current period's allowance; recorded with the operator in the event's metadata. */
    @PostMapping("/{id}/quota-top-up")
    CommandAccepted topUpQuota(@PathVariable UUID id, @Valid @RequestBody TopUp body, Actor actor) {
        return send(id, new TopUpQuota(SubscriberId.of(id), actor.tenantId(), body.mb().intValue()));
    }

    @DeleteMapping("/{id}")
    CommandAccepted terminate(@PathVariable UUID id, Actor actor) {
        return send(id, new TerminateSubscriber(SubscriberId.of(id), actor.tenantId()));
    }

    /** Terminates if need be and erases the subscriber's personal data for good (OWNER only). */
    @PostMapping("/{id}/forget")
    CommandAccepted forget(@PathVariable UUID id, Actor actor) {
        return send(id, new ForgetSubscriber(SubscriberId.of(id), actor.tenantId()));
    }

    private CommandAccepted send(UUID id, Object command) {
        commands.sendAndWait(command);
        return new CommandAccepted(id, positions.lastEventOf(id));
    }
}
