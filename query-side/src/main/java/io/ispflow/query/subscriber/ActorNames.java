package io.ispflow.query.subscriber;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.operator.FindOperatorNames;
import io.ispflow.kernel.operator.OperatorNames;
import io.ispflow.query.Answers;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Names whoever acted in a history: the operator's username from the read model (usernames never
 * change and removed operators stay in it, so it is the name they had then), {@code system} for a
 * policy's change, and null where the event names nobody or an operator the read model has not seen yet.
 */
@Component
class ActorNames {

    private final Answers answers;

    ActorNames(Answers answers) {
        this.answers = answers;
    }

    /** Looks the tenant's operators among {@code actors} (events' {@code operatorId} metadata) up at once. */
    Function<String, String> of(TenantId tenantId, Collection<String> actors) {
        Set<UUID> operators = actors.stream().map(ActorNames::operatorId).flatMap(Optional::stream).collect(Collectors.toSet());
        Map<UUID, String> usernames = operators.isEmpty() ? Map.of()
                : answers.summary(new FindOperatorNames(tenantId, operators), OperatorNames.class).usernames();
        return actor -> Actor.SYSTEM.equals(actor) ? Actor.SYSTEM
                : operatorId(actor).map(usernames::get).orElse(null);
    }

    private static Optional<UUID> operatorId(String actor) {
        try {
            return actor == null || actor.isEmpty() ? Optional.empty() : Optional.of(UUID.fromString(actor));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
