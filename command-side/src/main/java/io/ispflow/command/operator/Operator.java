package io.ispflow.command.operator;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.OperatorId;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.ChangeOperatorPassword;
import io.ispflow.kernel.operator.ChangeOperatorRole;
import io.ispflow.kernel.operator.CreateOperator;
import io.ispflow.kernel.operator.OperatorCreated;
import io.ispflow.kernel.operator.OperatorPasswordChanged;
import io.ispflow.kernel.operator.OperatorPasswordRehashed;
import io.ispflow.kernel.operator.OperatorRemoved;
import io.ispflow.kernel.operator.OperatorRoleChanged;
import io.ispflow.kernel.operator.OperatorUsername;
import io.ispflow.kernel.operator.PasswordHash;
import io.ispflow.kernel.operator.RehashOperatorPassword;
import io.ispflow.kernel.operator.RemoveOperator;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Someone who signs in to act for one tenant, with one role. Changes are events, so who could do
 * what, and since when, is part of the history.
 */
@Aggregate
public class Operator {

    @AggregateIdentifier
    private OperatorId id;
    private TenantId tenantId;
    private Role role;
    private PasswordHash passwordHash;
    private boolean removed;

    /** An OWNER adds an operator to the tenant: never a platform administrator. */
    @CommandHandler
    public Operator(CreateOperator cmd, OperatorUsernames usernames) {
        requireTenantRole(cmd.role());
        create(cmd, usernames);
    }

    /** A tenant's first operator, when it opens (TenantOpening): the platform's own tenant opens with its administrator. */
    public static Operator first(CreateOperator cmd, OperatorUsernames usernames) {
        Operator operator = new Operator();
        operator.create(cmd, usernames);
        return operator;
    }

    private void create(CreateOperator cmd, OperatorUsernames usernames) {
        OperatorUsername.require(cmd.username());
        if (cmd.role() == null) {
            throw new InvalidValueException("role", "a role is required");
        }
        usernames.claim(cmd.username(), cmd.operatorId());
        apply(new OperatorCreated(cmd.operatorId(), cmd.tenantId(), cmd.username(), cmd.role(), cmd.passwordHash()));
    }

    @CommandHandler
    void handle(ChangeOperatorRole cmd, TenantOwners owners) {
        requireTenantRole(cmd.role());
        requireListed(cmd.tenantId());
        if (cmd.role() != role) {
            requireAnotherOwner(owners);
            apply(new OperatorRoleChanged(id, tenantId, role, cmd.role()));
        }
    }

    @CommandHandler
    void handle(ChangeOperatorPassword cmd) {
        requireListed(cmd.tenantId());
        apply(new OperatorPasswordChanged(id, tenantId, cmd.passwordHash()));
    }

    /** Only the hash the operator signed in against is replaced: a password changed meanwhile stays. */
    @CommandHandler
    void handle(RehashOperatorPassword cmd) {
        requireListed(cmd.tenantId());
        if (cmd.replaced().equals(passwordHash)) {
            apply(new OperatorPasswordRehashed(id, tenantId, cmd.passwordHash()));
        }
    }

    @CommandHandler
    void handle(RemoveOperator cmd, TenantOwners owners) {
        requireListed(cmd.tenantId());
        requireAnotherOwner(owners);
        apply(new OperatorRemoved(id, tenantId));
    }

    private static void requireTenantRole(Role role) {
        if (role == Role.PLATFORM_ADMIN) {
            throw new InvalidValueException("role", "a tenant's operator cannot be a platform administrator");
        }
    }

    private void requireAnotherOwner(TenantOwners owners) {
        if (role == Role.OWNER && owners.countLocked(tenantId) <= 1) {
            throw TenantOwners.lastOwner();
        }
    }

    private void requireListed(TenantId caller) {
        if (!tenantId.equals(caller) || removed) {
            throw new NotFoundException("operator " + id);
        }
    }

    @EventSourcingHandler
    void on(OperatorCreated e) {
        id = e.operatorId();
        tenantId = e.tenantId();
        role = e.role();
        passwordHash = e.passwordHash();
    }

    @EventSourcingHandler
    void on(OperatorRoleChanged e) {
        role = e.to();
    }

    @EventSourcingHandler
    void on(OperatorPasswordChanged e) {
        passwordHash = e.passwordHash();
    }

    @EventSourcingHandler
    void on(OperatorPasswordRehashed e) {
        passwordHash = e.passwordHash();
    }

    @EventSourcingHandler
    void on(OperatorRemoved e) {
        removed = true;
    }

    protected Operator() {
    }
}
