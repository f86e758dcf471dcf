package io.ispflow.projection.operator;

import io.ispflow.kernel.operator.FindOperatorNames;
import io.ispflow.kernel.operator.ListOperators;
import io.ispflow.kernel.operator.OperatorNames;
import io.ispflow.kernel.operator.OperatorView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** Answers operator queries from the read model. */
@Component
class OperatorQueries {

    private final OperatorEntries operators;

    OperatorQueries(OperatorEntries operators) {
        this.operators = operators;
    }

    @QueryHandler
    List<OperatorView> handle(ListOperators query) {
        return operators.findByTenantIdAndRemovedFalseOrderByUsername(query.tenantId().value()).stream()
                .map(OperatorEntry::view).toList();
    }

    @QueryHandler
    OperatorNames handle(FindOperatorNames query) {
        return new OperatorNames(operators.findByTenantIdAndIdIn(query.tenantId().value(), query.operatorIds()).stream()
                .collect(Collectors.toMap(OperatorEntry::id, OperatorEntry::username)));
    }
}
