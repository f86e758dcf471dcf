package io.ispflow.server.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;

import java.util.function.Supplier;

/** Wires a processing group's dead letters into its processor. */
final class DeadLetterProcessing {

    private DeadLetterProcessing() {
    }

    /** The group's event handlers, as its processor invokes them, found when first needed. */
    static Supplier<EventHandlerInvoker> handlersOf(String group, ObjectProvider<EventProcessingConfiguration> processing) {
        return () -> processing.getObject().eventProcessor(group, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no " + group + " processor runs in this process"))
                .eventHandlerInvoker();
    }

    /** Puts {@link PoisonIsolation} in front of the group's handlers, with the group's {@link DeadLetters} bean. */
    static void isolatePoison(EventProcessingConfigurer processing, String group, BeanFactory beans, String deadLetters) {
        processing.registerHandlerInterceptor(group,
                configuration -> new PoisonIsolation(beans.getBean(deadLetters, DeadLetters.class)));
    }
}
