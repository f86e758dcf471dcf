package io.ispflow.command.tenant;

import io.ispflow.command.operator.Operator;
import io.ispflow.command.operator.OperatorUsernames;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.tenant.CreateTenant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/**
 * Opens a tenant with its first operator in one unit of work: the slug claim, the username claim
 * and both aggregates' first events commit in one transaction, or nothing does. Two commands
 * could leave a tenant whose owner's username turned out to be taken.
 */
@Component
class TenantOpening {

    private final Repository<Tenant> tenants;
    private final Repository<Operator> operators;
    private final TenantSlugs slugs;
    private final OperatorUsernames usernames;

    TenantOpening(Repository<Tenant> tenants, Repository<Operator> operators, TenantSlugs slugs,
                  OperatorUsernames usernames) {
        this.tenants = tenants;
        this.operators = operators;
        this.slugs = slugs;
        this.usernames = usernames;
    }

    @CommandHandler
    void handle(CreateTenant cmd) throws Exception {
        if (!cmd.tenantId().equals(cmd.firstOperator().tenantId())) {
            throw new InvalidValueException("tenantId", "the first operator must belong to the tenant it opens");
        }
        tenants.newInstance(() -> new Tenant(cmd, slugs));
        operators.newInstance(() -> Operator.first(cmd.firstOperator(), usernames));
    }
}
