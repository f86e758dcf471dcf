package io.ispflow.command.pkg;

import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
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

    @CommandHandler
    ServicePackage(CreatePackage cmd) {
        apply(new PackageCreated(cmd.packageId(), cmd.tenantId(), cmd.terms()));
    }

    @EventSourcingHandler
    void on(PackageCreated e) {
        id = e.packageId();
    }

    protected ServicePackage() {
    }
}
