package io.ispflow.projection.router;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface RouterEntries extends JpaRepository<RouterEntry, UUID> {

    Optional<RouterEntry> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<RouterEntry> findByTenantId(UUID tenantId, Pageable page);
}
