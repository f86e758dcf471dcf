package io.ispflow.command.router;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.router.RouterApiTokenRotated;
import io.ispflow.kernel.router.RouterDecommissioned;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.router.RouterUpdated;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a router's connection from its own events: the secret is kept nowhere else on this side
 * (the read model never holds it), and the event store is always current, so no read waits.
 */
@Component
class RouterConnections {

    private final EventStore events;
    private final PersonalDataVault vault;

    RouterConnections(EventStore events, PersonalDataVault vault) {
        this.events = events;
        this.vault = vault;
    }

    /**
     * @throws NotFoundException             when the tenant has no such router
     * @throws RouterDecommissionedException when the router left the network (its secret no longer works)
     */
    RouterConnection current(RouterId id, TenantId tenantId) {
        // From the first event, never a snapshot: a snapshot holds the aggregate's state, which has no secret.
        DomainEventStream history = events.readEvents(id.toString(), 0);
        if (!history.hasNext() || !(history.next().getPayload() instanceof RouterRegistered registered)
                || !registered.tenantId().equals(tenantId)) {
            throw new NotFoundException("router " + id);
        }
        RouterConnection connection = new RouterConnection(registered.details(), registered.tunnelAddress(),
                opened(id, registered.radiusSecret()), opened(id, registered.apiToken()));
        while (history.hasNext()) {
            Object event = history.next().getPayload();
            if (event instanceof RouterUpdated updated) {
                connection = connection.withDetails(updated.details());
            } else if (event instanceof RouterSecretRotated rotated) {
                connection = connection.withSecret(opened(id, rotated.radiusSecret()));
            } else if (event instanceof RouterApiTokenRotated rotated) {
                connection = connection.withApiToken(opened(id, rotated.apiToken()));
            } else if (event instanceof RouterDecommissioned) {
                throw new RouterDecommissionedException(id);
            }
        }
        return connection;
    }

    /** Routers are never forgotten, so their key is always there. */
    String opened(RouterId id, SealedValue secret) {
        return vault.open(id.value(), secret, String.class)
                .orElseThrow(() -> new IllegalStateException("router " + id + " has no key"));
    }
}
