package io.ispflow.projection.router;

import io.ispflow.kernel.router.FindRouter;
import io.ispflow.kernel.router.ListRouters;
import io.ispflow.kernel.router.ListWireGuardPeers;
import io.ispflow.kernel.router.RouterAvailability;
import io.ispflow.kernel.router.RouterList;
import io.ispflow.kernel.router.RouterStatus;
import io.ispflow.kernel.router.RouterView;
import io.ispflow.kernel.router.ShowRouterAvailability;
import io.ispflow.kernel.router.WireGuardPeers;
import io.ispflow.projection.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.time.Instant;
import java.util.Optional;

/** Answers router queries from the read model. */
@Component
class RouterQueries {

    private final RouterEntries routers;
    private final RouterTransitions transitions;

    RouterQueries(RouterEntries routers, JdbcTemplate jdbc) {
        this.routers = routers;
        this.transitions = new RouterTransitions(jdbc);
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
        var page = Pages.of(query.page(), Sort.by("name", "id"));
        return Pages.from(query.health() == null ? routers.findByTenantId(query.tenantId().value(), page)
                : routers.findByTenantIdAndHealth(query.tenantId().value(), query.health().name(), page),
                RouterEntry::view, RouterList::new);
    }

    /** The future is not measured: a window reaching past now ends now. */
    @QueryHandler
    Optional<RouterAvailability> handle(ShowRouterAvailability query) {
        Instant now = Instant.now();
        Instant to = query.to().isAfter(now) ? now : query.to();
        return routers.findByIdAndTenantId(query.routerId().value(), query.tenantId().value())
                      .map(router -> Availability.of(transitions.around(query.routerId(), query.from(), to),
                              query.from(), to.isBefore(query.from()) ? query.from() : to));
    }
}
