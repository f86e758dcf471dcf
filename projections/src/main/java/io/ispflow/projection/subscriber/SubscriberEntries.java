package io.ispflow.projection.subscriber;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface SubscriberEntries extends JpaRepository<SubscriberEntry, UUID> {

    Optional<SubscriberEntry> findByIdAndTenantId(UUID id, UUID tenantId);

    @Query(value = "SELECT name FROM package_view WHERE id = ?1", nativeQuery = true)
    String packageName(UUID packageId);
}
