package io.ispflow.server.privacy;

import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Loads the keys of every subject whose sealed values a processor's batch carries when the batch
 * starts, and drops them when it ends (see {@link BatchSubjectKeys}).
 */
class BatchKeyLoading implements MessageHandlerInterceptor<EventMessage<?>> {

    private final BatchSubjectKeys keys;

    BatchKeyLoading(BatchSubjectKeys keys) {
        this.keys = keys;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<? extends EventMessage<?>> batch && batch.isFirstMessage()) {
            keys.startBatch(sealedSubjects(batch));
            batch.onCleanup(done -> keys.endBatch());
        }
        return chain.proceed();
    }

    private static Set<UUID> sealedSubjects(BatchingUnitOfWork<? extends EventMessage<?>> batch) {
        return batch.getMessages().stream().map(message -> sealedSubject(message.getPayload()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** The subject an event's sealed values belong to; null for an event without any. */
    private static UUID sealedSubject(Object event) {
        if (event instanceof SubscriberCreated e) {
            return e.subscriberId().value();
        } else if (event instanceof SubscriberPasswordChanged e) {
            return e.subscriberId().value();
        } else if (event instanceof SubscriberContactUpdated e) {
            return e.subscriberId().value();
        } else if (event instanceof RouterRegistered e) {
            return e.routerId().value();
        } else if (event instanceof RouterSecretRotated e) {
            return e.routerId().value();
        }
        return null;
    }
}
