package io.ispflow.projection.subscriber;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface SubscriberEntries extends JpaRepository<SubscriberEntry, UUID> {

    Optional<SubscriberEntry> findByIdAndTenantId(UUID id, UUID tenantId);
}
