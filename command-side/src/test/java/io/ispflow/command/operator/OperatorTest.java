package io.ispflow.command.operator;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.ChangeOperatorRole;
import io.ispflow.kernel.operator.CreateOperator;
import io.ispflow.kernel.operator.OperatorCreated;
import io.ispflow.kernel.operator.OperatorPasswordChanged;
import io.ispflow.kernel.operator.OperatorPasswordRehashed;
import io.ispflow.kernel.operator.OperatorRemoved;
import io.ispflow.kernel.operator.OperatorRoleChanged;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.operator.RehashOperatorPassword;
import io.ispflow.kernel.operator.RemoveOperator;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

class OperatorTest {

    static final TenantId HARBOUR = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER = TenantId.of(UUID.randomUUID());
    static final OperatorId MARY = OperatorId.of(UUID.randomUUID());
    static final OperatorCreated MARY_CREATED = new OperatorCreated(MARY, HARBOUR, "mary", Role.OPERATOR,
            PasswordHash.of("$argon2id$hash"));
    static final OperatorCreated OWNER_CREATED = new OperatorCreated(MARY, HARBOUR, "mary", Role.OWNER,
            PasswordHash.of("$argon2id$hash"));

    final AggregateTestFixture<Operator> fixture = new AggregateTestFixture<>(Operator.class);
    int owners = 2;

    @BeforeEach
    void setUp() {
        fixture.registerInjectableResource((TenantOwners) tenantId -> owners);
    }

    static final PasswordHash WEAK = PasswordHash.of("$argon2id$hash");
    static final PasswordHash STRONG = PasswordHash.of("$argon2id$stronger-hash");

    @Test
    void thePasswordSignedInWithIsKeptUnderTheStrongerHash() {
        fixture.given(MARY_CREATED)
               .when(new RehashOperatorPassword(MARY, HARBOUR, WEAK, STRONG))
               .expectEvents(new OperatorPasswordRehashed(MARY, HARBOUR, STRONG));
    }

    @Test
    void aPasswordChangedSinceTheSignInIsNotOverwritten() {
        PasswordHash changed = PasswordHash.of("$argon2id$new-password");

        fixture.given(MARY_CREATED, new OperatorPasswordChanged(MARY, HARBOUR, changed))
               .when(new RehashOperatorPassword(MARY, HARBOUR, WEAK, STRONG))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aRehashedPasswordCanBeRehashedAgain() {
        PasswordHash strongest = PasswordHash.of("$argon2id$strongest-hash");

        fixture.given(MARY_CREATED, new OperatorPasswordRehashed(MARY, HARBOUR, STRONG))
               .when(new RehashOperatorPassword(MARY, HARBOUR, STRONG, strongest))
               .expectEvents(new OperatorPasswordRehashed(MARY, HARBOUR, strongest));
    }

    @Test
    void anOwnerCannotAddAPlatformAdministrator() {
        fixture.registerInjectableResource(new OperatorUsernames(null));

        fixture.givenNoPriorActivity()
               .when(new CreateOperator(MARY, HARBOUR, "mary", Role.PLATFORM_ADMIN, WEAK))
               .expectException(InvalidValueException.class)
               .expectExceptionMessage("a tenant's operator cannot be a platform administrator")
               .expectNoEvents();
    }

    @Test
    void anOperatorIsNotMadeAPlatformAdministrator() {
        fixture.given(MARY_CREATED)
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.PLATFORM_ADMIN))
               .expectException(InvalidValueException.class)
               .expectExceptionMessage("a tenant's operator cannot be a platform administrator")
               .expectNoEvents();
    }

    @Test
    void theLastOwnerKeepsTheRole() {
        owners = 1;

        fixture.given(OWNER_CREATED)
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.ADMIN))
               .expectException(DomainException.class)
               .expectExceptionMessage("the tenant's last OWNER cannot be removed or given another role")
               .expectNoEvents();
    }

    @Test
    void theLastOwnerCannotBeRemoved() {
        owners = 1;

        fixture.given(OWNER_CREATED)
               .when(new RemoveOperator(MARY, HARBOUR))
               .expectException(DomainException.class)
               .expectNoEvents();
    }

    @Test
    void anOwnerWithAnotherOwnerBesideThemMayStepDown() {
        fixture.given(OWNER_CREATED)
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.ADMIN))
               .expectEvents(new OperatorRoleChanged(MARY, HARBOUR, Role.OWNER, Role.ADMIN));
    }

    @Test
    void aNewRoleIsRecordedWithTheOldOne() {
        fixture.given(MARY_CREATED)
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.ADMIN))
               .expectEvents(new OperatorRoleChanged(MARY, HARBOUR, Role.OPERATOR, Role.ADMIN));
    }

    @Test
    void theSameRoleChangesNothing() {
        fixture.given(MARY_CREATED)
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.OPERATOR))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anotherTenantsOwnerFindsNoSuchOperator() {
        fixture.given(MARY_CREATED)
               .when(new RemoveOperator(MARY, OTHER))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void aRemovedOperatorIsGoneForEveryCommand() {
        fixture.given(MARY_CREATED, new OperatorRemoved(MARY, HARBOUR))
               .when(new ChangeOperatorRole(MARY, HARBOUR, Role.ADMIN))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
