package io.ispflow.command.pkg;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.pkg.RetirePackage;
import io.ispflow.kernel.pkg.UpdatePackage;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A service package a tenant sells: its rate and limits become a RADIUS group. */
@Aggregate
class ServicePackage {

    @AggregateIdentifier
    private PackageId id;
    private TenantId tenantId;
    private PackageTerms terms;
    private boolean retired;

    @CommandHandler
    ServicePackage(CreatePackage cmd) {
        apply(new PackageCreated(cmd.packageId(), cmd.tenantId(), cmd.terms()));
    }

    /** A retired package may still change: its current subscribers are still served by it. */
    @CommandHandler
    void handle(UpdatePackage cmd) {
        requireTenant(cmd.tenantId(), cmd.packageId());
        if (cmd.terms().sameAs(terms)) {
            return;
        }
        apply(new PackageUpdated(id, tenantId, cmd.terms()));
    }

    @CommandHandler
    void handle(RetirePackage cmd) {
        requireTenant(cmd.tenantId(), cmd.packageId());
        if (retired) {
            return;
        }
        apply(new PackageRetired(id, tenantId));
    }

    /** Another tenant's package, or another aggregate's id, is answered like an id that does not exist. */
    private void requireTenant(TenantId caller, PackageId asked) {
        if (!caller.equals(tenantId)) {
            throw new NotFoundException("package " + asked);
        }
    }

    @EventSourcingHandler
    void on(PackageCreated e) {
        id = e.packageId();
        tenantId = e.tenantId();
        terms = e.terms();
    }

    @EventSourcingHandler
    void on(PackageUpdated e) {
        terms = e.terms();
    }

    @EventSourcingHandler
    void on(PackageRetired e) {
        retired = true;
    }

    protected ServicePackage() {
    }
}
