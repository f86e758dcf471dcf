package io.ispflow.command.router;

import io.ispflow.kernel.router.FindRouterPulses;
import io.ispflow.kernel.router.MarkRouterOffline;
import io.ispflow.kernel.router.RecordRouterSignOfLife;
import io.ispflow.kernel.router.RouterPulses;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Signs of life and silence, decided on the router's {@code router_health} row, locked in the command's transaction:
 * only a change of health loads the router and appends its transition, in that same transaction, so most heartbeats
 * write one row and no event, and two processes cannot both append the same transition.
 */
@Component
class RouterSignsOfLife {

    private final RouterHealthRows rows;
    private final Repository<Router> routers;

    RouterSignsOfLife(RouterHealthRows rows, Repository<Router> routers) {
        this.rows = rows;
        this.routers = routers;
    }

    @CommandHandler
    void handle(RecordRouterSignOfLife cmd) {
        if (rows.cameBack(cmd.routerId(), cmd.tenantId(), cmd.seenAt(), cmd.report())) {
            routers.load(cmd.routerId().toString()).execute(router -> router.cameOnline(cmd.tenantId(), cmd.routerId(), cmd.seenAt()));
        }
    }

    @CommandHandler
    void handle(MarkRouterOffline cmd) {
        rows.offlineIfSilent(cmd.routerId(), cmd.silentSince()).ifPresent(lastSeenAt -> routers.load(cmd.routerId().toString())
                .execute(router -> router.wentOffline(lastSeenAt, cmd.noticedAt())));
    }

    @QueryHandler
    RouterPulses handle(FindRouterPulses query) {
        return new RouterPulses(rows.pulses(query.tenantId(), query.routerIds()));
    }
}
