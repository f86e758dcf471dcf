package io.ispflow.projection.subscriber;

import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.projection.ProjectionsConfiguration;
import jakarta.persistence.EntityManager;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Keeps the package name shown beside each subscriber equal to the package's current name. */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class SubscriberPackageNames {

    private final EntityManager entities;

    SubscriberPackageNames(EntityManager entities) {
        this.entities = entities;
    }

    /** One bulk update however many subscribers the package has; JPQL flushes pending rows first. */
    @EventHandler
    void on(PackageUpdated e) {
        entities.createQuery("UPDATE SubscriberEntry s SET s.packageName = :name WHERE s.packageId = :packageId")
                .setParameter("name", e.terms().name())
                .setParameter("packageId", e.packageId().value())
                .executeUpdate();
    }
}
