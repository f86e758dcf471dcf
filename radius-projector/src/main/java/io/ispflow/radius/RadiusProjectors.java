package io.ispflow.radius;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedSubjects;
import io.ispflow.radius.pkg.RadiusGroupProjector;
import io.ispflow.radius.router.NasProjector;
import io.ispflow.radius.subscriber.RadiusUserProjector;
import io.ispflow.radius.voucher.RadiusVoucherProjector;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;

import java.util.List;

/**
 * Every projector of the {@value RadiusProjectorConfiguration#PROCESSING_GROUP} processing group writing one
 * set of tables, invoked as the tracking processor invokes them: so a rebuild or a drift check maps events to
 * rows with exactly the live processor's code.
 */
public final class RadiusProjectors {

    private final SimpleEventHandlerInvoker invoker;
    private final PersonalDataVault vault;

    private RadiusProjectors(SimpleEventHandlerInvoker invoker, PersonalDataVault vault) {
        this.invoker = invoker;
        this.vault = vault;
    }

    public static RadiusProjectors writing(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        return new RadiusProjectors(SimpleEventHandlerInvoker.builder()
                .eventHandlers(new RadiusGroupProjector(radius, tables), new RadiusUserProjector(radius, tables, vault),
                        new RadiusVoucherProjector(radius, tables, vault),
                        new NasProjector(radius, tables, vault))
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build(), vault);
    }

    /**
     * Projects a batch of events in the caller's RADIUS transaction, as one batch of the tracking processor:
     * their keys read together, their rows written when the batch ends. A failed write fails the caller.
     */
    public void apply(List<? extends EventMessage<?>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        ResultMessage<?> result = vault.withKeysOf(SealedSubjects.of(batch.stream().map(EventMessage::getPayload).toList()),
                () -> {
                    BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(batch));
                    return unitOfWork.executeWithResult(() -> {
                        invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
                        return null;
                    });
                });
        if (result.isExceptional()) {
            throw new IllegalStateException("projecting a batch of " + batch.size() + " events failed",
                    result.exceptionResult());
        }
    }
}
