package io.ispflow.server.axon;

import io.ispflow.kernel.router.RouterRegistered;
import io.ispflow.kernel.router.RouterSecretRotated;
import io.ispflow.kernel.subscriber.SubscriberContactUpdated;
import io.ispflow.kernel.subscriber.SubscriberCreated;
import io.ispflow.kernel.subscriber.SubscriberPasswordChanged;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events whose personal data and secrets revision 2 seals, read from their clear revision 1 (docs/events.md). */
@Configuration(proxyBeanMethods = false)
class SealingUpcasters {

    @Bean
    EventUpcaster subscriberCreatedSealed() {
        return new ClearToSealedUpcaster(SubscriberCreated.class, "username", "password", "contact");
    }

    @Bean
    EventUpcaster subscriberPasswordChangedSealed() {
        return new ClearToSealedUpcaster(SubscriberPasswordChanged.class, "password");
    }

    @Bean
    EventUpcaster subscriberContactUpdatedSealed() {
        return new ClearToSealedUpcaster(SubscriberContactUpdated.class, "contact");
    }

    @Bean
    EventUpcaster routerRegisteredSealed() {
        return new ClearToSealedUpcaster(RouterRegistered.class, "radiusSecret", "apiToken");
    }

    @Bean
    EventUpcaster routerSecretRotatedSealed() {
        return new ClearToSealedUpcaster(RouterSecretRotated.class, "radiusSecret");
    }
}
