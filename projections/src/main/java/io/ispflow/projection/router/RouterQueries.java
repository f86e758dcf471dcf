package io.ispflow.projection.router;

import io.ispflow.kernel.router.FindRouter;
import io.ispflow.kernel.router.ListRouters;
import io.ispflow.kernel.router.ListWireGuardPeers;
import io.ispflow.kernel.router.RouterList;
import io.ispflow.kernel.router.RouterStatus;
import io.ispflow.kernel.router.RouterView;
import io.ispflow.kernel.router.WireGuardPeers;
import io.ispflow.projection.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Answers router queries from the read model. */
@Component
class RouterQueries {

    private final RouterEntries routers;

    RouterQueries(RouterEntries routers) {
        this.routers = routers;
    }

    @QueryHandler
    Optional<RouterView> handle(FindRouter query) {
        return routers.findByIdAndTenantId(query.routerId().value(), query.tenantId().value())
                      .map(RouterEntry::view);
    }

    @QueryHandler
    WireGuardPeers handle(ListWireGuardPeers query) {
        List<RouterEntry> peers = query.tenantId() == null
                ? routers.findByStatusAndWireguardPublicKeyNotNullOrderById(RouterStatus.ACTIVE.name())
                : routers.findByTenantIdAndStatusAndWireguardPublicKeyNotNullOrderById(query.tenantId().value(), RouterStatus.ACTIVE.name());
        return new WireGuardPeers(peers.stream().map(RouterEntry::peer).toList());
    }

    @QueryHandler
    RouterList handle(ListRouters query) {
        return Pages.from(routers.findByTenantId(query.tenantId().value(),
                Pages.of(query.page(), Sort.by("name", "id"))), RouterEntry::view, RouterList::new);
    }
}
