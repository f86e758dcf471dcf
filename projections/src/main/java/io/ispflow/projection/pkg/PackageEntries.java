package io.ispflow.projection.pkg;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface PackageEntries extends JpaRepository<PackageEntry, UUID> {

    Optional<PackageEntry> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<PackageEntry> findByTenantId(UUID tenantId, Pageable page);
}
