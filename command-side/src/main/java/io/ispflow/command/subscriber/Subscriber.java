package io.ispflow.command.subscriber;

import io.ispflow.command.pkg.ActivePackage;
import io.ispflow.command.pkg.PackageCatalog;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.subscriber.CreateSubscriber;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberId;
import io.ispflow.kernel.subscriber.SubscriberType;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A subscriber of the ISP, from sign-up to termination. */
@Aggregate
class Subscriber {

    @AggregateIdentifier
    private SubscriberId id;

    @CommandHandler
    Subscriber(CreateSubscriber cmd, PackageCatalog packages, UsernameRegistry usernames,
               AccountNumbers accountNumbers, Clock clock) {
        if ((cmd.type() == SubscriberType.STATIC) != (cmd.staticIp() != null)) {
            throw new InvalidValueException("staticIp", "a STATIC subscriber needs a staticIp, and only a STATIC one has it");
        }
        ActivePackage pkg = packages.requireActive(cmd.tenantId(), cmd.packageId());
        usernames.claim(cmd.username(), cmd.subscriberId());
        apply(new SubscriberCreated(cmd.subscriberId(), cmd.tenantId(), accountNumbers.next(cmd.tenantId()),
                cmd.username(), cmd.password(), cmd.type(), cmd.packageId(), cmd.staticIp(),
                expiry(cmd.expiresAt(), pkg, clock), cmd.contact()));
    }

    /** An explicit end wins; otherwise the package's validity from now; otherwise no end. */
    private static Instant expiry(Instant requested, ActivePackage pkg, Clock clock) {
        if (requested != null || pkg.validityDays() == null) {
            return requested;
        }
        return clock.instant().plus(Duration.ofDays(pkg.validityDays()));
    }

    @EventSourcingHandler
    void on(SubscriberCreated e) {
        id = e.subscriberId();
    }

    protected Subscriber() {
    }
}
