package io.ispflow.radius;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.radius.pkg.RadiusGroupProjector;
import io.ispflow.radius.router.NasProjector;
import io.ispflow.radius.subscriber.RadiusUserProjector;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;

/**
 * Every projector of the {@value RadiusProjectorConfiguration#PROCESSING_GROUP} processing group writing one
 * set of tables, invoked as the tracking processor invokes them: so a rebuild or a drift check maps events to
 * rows with exactly the live processor's code.
 */
public final class RadiusProjectors {

    private final SimpleEventHandlerInvoker invoker;

    private RadiusProjectors(SimpleEventHandlerInvoker invoker) {
        this.invoker = invoker;
    }

    public static RadiusProjectors writing(RadiusDatabase radius, RadiusTables tables, PersonalDataVault vault) {
        return new RadiusProjectors(SimpleEventHandlerInvoker.builder()
                .eventHandlers(new RadiusGroupProjector(radius, tables), new RadiusUserProjector(radius, tables, vault),
                        new NasProjector(radius, tables, vault))
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build());
    }

    /** Projects one event in the caller's RADIUS transaction; a failed write fails the caller. */
    public void apply(EventMessage<?> event) {
        try {
            invoker.handle(event, Segment.ROOT_SEGMENT);
        } catch (Exception e) {
            throw new IllegalStateException("projecting " + event.getPayloadType().getSimpleName() + " failed", e);
        }
    }
}
