package io.ispflow.command.tenant;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.tenant.CreateTenant;
import io.ispflow.kernel.tenant.ReactivateTenant;
import io.ispflow.kernel.tenant.SuspendTenant;
import io.ispflow.kernel.tenant.TenantCreated;
import io.ispflow.kernel.tenant.TenantReactivated;
import io.ispflow.kernel.tenant.TenantSuspended;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An ISP on the installation; the platform administrator creates, suspends and reactivates it. */
@Aggregate
class Tenant {

    @AggregateIdentifier
    private TenantId id;
    private boolean suspended;

    /** Created only with its first operator, by {@link TenantOpening}. */
    Tenant(CreateTenant cmd, TenantSlugs slugs) {
        slugs.claim(cmd.profile().slug(), cmd.tenantId());
        apply(new TenantCreated(cmd.tenantId(), cmd.profile()));
    }

    /** Not the caller's own tenant: its suspension would lock every platform administrator out for good. */
    @CommandHandler
    void handle(SuspendTenant cmd) {
        if (id.equals(cmd.callerTenantId())) {
            throw new DomainException(ErrorCode.FORBIDDEN, "the platform administrators' own tenant cannot be suspended");
        }
        String reason = FreeText.requiredLine("reason", cmd.reason(), 200);
        if (!suspended) {
            apply(new TenantSuspended(id, reason));
        }
    }

    @CommandHandler
    void handle(ReactivateTenant cmd) {
        if (suspended) {
            apply(new TenantReactivated(id));
        }
    }

    @EventSourcingHandler
    void on(TenantCreated e) {
        id = e.tenantId();
    }

    @EventSourcingHandler
    void on(TenantSuspended e) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(TenantReactivated e) {
        suspended = false;
    }

    protected Tenant() {
    }
}
