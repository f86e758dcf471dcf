package io.ispflow.projection.router;

import io.ispflow.kernel.router.RouterDetails;
import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterStatus;
import io.ispflow.kernel.router.RouterView;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardPeers;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A row of the router list; the secrets stay in the event store and the RADIUS nas table. */
@Entity
@Table(name = "router_view")
class RouterEntry {

    @Id
    private UUID id;
    private UUID tenantId;
    private String name;
    private String site;
    private String description;
    private String tunnelAddress;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;
    private String wireguardPublicKey;
    private String health;

    RouterEntry(RouterRegistered e, Instant at) {
        id = e.routerId().value();
        tenantId = e.tenantId().value();
        tunnelAddress = e.tunnelAddress().toString();
        status = RouterStatus.ACTIVE.name();
        health = RouterHealth.NEVER_SEEN.name();
        createdAt = at;
        describe(e.details(), at);
    }

    void describe(RouterDetails details, Instant at) {
        name = details.name();
        site = details.site();
        description = details.description();
        updatedAt = at;
    }

    void decommission(Instant at) {
        status = RouterStatus.DECOMMISSIONED.name();
        updatedAt = at;
    }

    void takeKey(WireGuardKey key, Instant at) {
        wireguardPublicKey = key.value();
        updatedAt = at;
    }

    /** Health is not a change of the router's details: {@code updatedAt} stays. */
    void health(RouterHealth now) {
        health = now.name();
    }

    /** Something the list does not show changed, such as the secret. */
    void touch(Instant at) {
        updatedAt = at;
    }

    RouterView view() {
        return new RouterView(id, name, site, description, tunnelAddress, status, createdAt, updatedAt, wireguardPublicKey,
                health, null, null, null);
    }

    WireGuardPeers.Peer peer() {
        return new WireGuardPeers.Peer(id.toString(), name, wireguardPublicKey, tunnelAddress);
    }

    protected RouterEntry() {
    }
}
