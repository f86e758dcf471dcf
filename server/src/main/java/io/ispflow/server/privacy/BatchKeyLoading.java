package io.ispflow.server.privacy;

import io.ispflow.kernel.privacy.SealedSubjects;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Set;
import java.util.UUID;

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
        return SealedSubjects.of(batch.getMessages().stream().map(EventMessage::getPayload).toList());
    }
}
