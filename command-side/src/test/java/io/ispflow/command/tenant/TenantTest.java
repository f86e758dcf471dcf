package io.ispflow.command.tenant;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.tenant.ReactivateTenant;
import io.ispflow.kernel.tenant.SuspendTenant;
import io.ispflow.kernel.tenant.TenantCreated;
import io.ispflow.kernel.tenant.TenantProfile;
import io.ispflow.kernel.tenant.TenantReactivated;
import io.ispflow.kernel.tenant.TenantSuspended;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class TenantTest {

    static final TenantId HARBOUR = TenantId.of(UUID.randomUUID());
    static final TenantId PLATFORM = TenantId.of(UUID.randomUUID());
    static final TenantCreated HARBOUR_CREATED = new TenantCreated(HARBOUR, new TenantProfile("Harbour Net", "harbour", "HBN"));

    final AggregateTestFixture<Tenant> fixture = new AggregateTestFixture<>(Tenant.class);

    @Test
    void aTenantIsSuspendedWithItsReason() {
        fixture.given(HARBOUR_CREATED)
               .when(new SuspendTenant(HARBOUR, "unpaid platform fee", PLATFORM))
               .expectEvents(new TenantSuspended(HARBOUR, "unpaid platform fee"));
    }

    @Test
    void suspendingASuspendedTenantChangesNothing() {
        fixture.given(HARBOUR_CREATED, new TenantSuspended(HARBOUR, "unpaid"))
               .when(new SuspendTenant(HARBOUR, "still unpaid", PLATFORM))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aSuspensionNeedsAReason() {
        fixture.given(HARBOUR_CREATED)
               .when(new SuspendTenant(HARBOUR, "", PLATFORM))
               .expectException(InvalidValueException.class)
               .expectNoEvents();
    }

    @Test
    void aReasonWithAControlCharacterIsRefused() {
        fixture.given(HARBOUR_CREATED)
               .when(new SuspendTenant(HARBOUR, "unpaid\u001b[2J", PLATFORM))
               .expectException(InvalidValueException.class)
               .expectNoEvents();
    }

    @Test
    void thePlatformAdministratorsOwnTenantIsNotSuspended() {
        fixture.given(HARBOUR_CREATED)
               .when(new SuspendTenant(HARBOUR, "locks us out", HARBOUR))
               .expectException(DomainException.class)
               .expectExceptionMessage("the platform administrators' own tenant cannot be suspended")
               .expectNoEvents();
    }

    @Test
    void aSuspendedTenantIsReactivated() {
        fixture.given(HARBOUR_CREATED, new TenantSuspended(HARBOUR, "unpaid"))
               .when(new ReactivateTenant(HARBOUR))
               .expectEvents(new TenantReactivated(HARBOUR));
    }

    @Test
    void reactivatingAnActiveTenantChangesNothing() {
        fixture.given(HARBOUR_CREATED)
               .when(new ReactivateTenant(HARBOUR))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }
}
