package io.ispflow.query;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Sends queries and turns "nothing found" into the contract's 404. */
@Component
public class Answers {

    private final QueryGateway queries;

    Answers(QueryGateway queries) {
        this.queries = queries;
    }

    public <V> V one(Object query, Class<V> viewType, String what) {
        return optional(query, viewType).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, what + " does not exist"));
    }

    /** An answer that may be missing without the resource being so, such as a part another module composes. */
    public <V> Optional<V> optional(Object query, Class<V> viewType) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(viewType)).join();
    }

    public <L> L list(Object query, Class<L> listType) {
        return summary(query, listType);
    }

    /** A whole list, unpaged, for the short ones such as a tenant's operators. */
    public <V> List<V> all(Object query, Class<V> itemType) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(itemType)).join();
    }

    /** An answer that always exists, such as the dashboard; never a 404. */
    public <V> V summary(Object query, Class<V> viewType) {
        return queries.query(query, ResponseTypes.instanceOf(viewType)).join();
    }
}
