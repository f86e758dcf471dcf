package io.ispflow.projection.subscriber;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

interface SubscriberEntries extends JpaRepository<SubscriberEntry, UUID> {

    Optional<SubscriberEntry> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<SubscriberEntry> findByTenantId(UUID tenantId, Pageable page);

    @Query(value = "SELECT name FROM package_view WHERE id = ?1", nativeQuery = true)
    String packageName(UUID packageId);
}
