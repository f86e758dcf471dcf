package io.ispflow.projection.operator;

import io.ispflow.kernel.operator.OperatorCreated;
import io.ispflow.kernel.operator.OperatorRemoved;
import io.ispflow.kernel.operator.OperatorRoleChanged;
import io.ispflow.projection.ProjectedRows;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps the operator list. Passwords are not part of it: sign-in reads the command side's
 * directory, which changes in the command's own transaction.
 */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class OperatorProjector {

    private final OperatorEntries operators;

    OperatorProjector(OperatorEntries operators) {
        this.operators = operators;
    }

    @EventHandler
    void on(OperatorCreated e) {
        operators.save(new OperatorEntry(e.operatorId().value(), e.tenantId().value(), e.username(), e.role()));
    }

    @EventHandler
    void on(OperatorRoleChanged e) {
        ProjectedRows.change(operators, e.operatorId().value(), entry -> entry.changeRole(e.to()));
    }

    @EventHandler
    void on(OperatorRemoved e) {
        ProjectedRows.change(operators, e.operatorId().value(), OperatorEntry::remove);
    }

    /** A replay rebuilds the list from the first event. */
    @ResetHandler
    void reset() {
        operators.deleteAllInBatch();
    }
}
