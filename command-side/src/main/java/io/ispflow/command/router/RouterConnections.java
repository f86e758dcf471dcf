package io.ispflow.command.router;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.router.RouterDecommissionedException;
import io.ispflow.kernel.router.RouterId;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * A router's connection, asked of the router itself. The secret is kept nowhere but in the router's
 * events (the read model never holds it), so the answer comes from the aggregate, loaded as any of
 * its commands loads it: always current, so no read waits, and refused by the aggregate's own rules.
 */
@Component
class RouterConnections {

    private final Repository<Router> routers;
    private final PersonalDataVault vault;

    RouterConnections(Repository<Router> routers, PersonalDataVault vault) {
        this.routers = routers;
        this.vault = vault;
    }

    /**
     * Appends nothing: the unit of work only loads the router.
     *
     * @throws NotFoundException             when the tenant has no such router (or, from Axon, when no
     *                                       aggregate or another kind has that id)
     * @throws RouterDecommissionedException when the router left the network (its secret no longer works)
     */
    RouterConnection current(RouterId id, TenantId tenantId) {
        UnitOfWork<?> loading = DefaultUnitOfWork.startAndGet(null);
        RouterConnection connection;
        try {
            connection = routers.load(id.toString()).invoke(router -> router.connection(tenantId, id, vault));
        } catch (RuntimeException e) {
            loading.rollback(e);
            throw e;
        }
        loading.commit();
        return connection;
    }
}
