package io.ispflow.command.router;

import io.ispflow.kernel.router.RegisterRouter;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A MikroTik router acting as a RADIUS client (a NAS) over the WireGuard tunnel. */
@Aggregate
class Router {

    @AggregateIdentifier
    private RouterId id;

    @CommandHandler
    Router(RegisterRouter cmd, TunnelAddressPool tunnelAddresses, RouterSecrets secrets) {
        apply(new RouterRegistered(cmd.routerId(), cmd.tenantId(), cmd.details(),
                tunnelAddresses.allocate(cmd.routerId()), secrets.radiusSecret(), secrets.apiToken()));
    }

    @EventSourcingHandler
    void on(RouterRegistered e) {
        id = e.routerId();
    }

    protected Router() {
    }
}
