package io.ispflow.server.axon;

import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageUpdated;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.node.ObjectNode;

/** Package events from before quotas (revision 1) read as revision 2 terms without a quota (docs/events.md). */
@Configuration(proxyBeanMethods = false)
class PackageQuotaUpcasters {

    @Bean
    EventUpcaster packageCreatedWithoutQuota() {
        return new WithoutQuota(PackageCreated.class);
    }

    @Bean
    EventUpcaster packageUpdatedWithoutQuota() {
        return new WithoutQuota(PackageUpdated.class);
    }

    static final class WithoutQuota extends SingleEventUpcaster {

        private final SimpleSerializedType revision1;
        private final SimpleSerializedType revision2;

        WithoutQuota(Class<?> event) {
            this.revision1 = new SimpleSerializedType(event.getName(), null);
            this.revision2 = new SimpleSerializedType(event.getName(), "2");
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(revision1);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(revision2, ObjectNode.class, payload -> {
                ObjectNode terms = (ObjectNode) payload.get("terms");
                terms.putNull("dataQuotaMb");
                terms.putNull("fairUsageRate");
                return payload;
            });
        }
    }
}
