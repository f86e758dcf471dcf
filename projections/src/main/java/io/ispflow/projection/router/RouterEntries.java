package io.ispflow.projection.router;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface RouterEntries extends JpaRepository<RouterEntry, UUID> {

    Optional<RouterEntry> findByIdAndTenantId(UUID id, UUID tenantId);

    Page<RouterEntry> findByTenantId(UUID tenantId, Pageable page);

    Page<RouterEntry> findByTenantIdAndHealth(UUID tenantId, String health, Pageable page);

    /** Every tenant's: the tunnel subnet is the installation's. */
    List<RouterEntry> findByStatusAndWireguardPublicKeyNotNullOrderById(String status);

    List<RouterEntry> findByTenantIdAndStatusAndWireguardPublicKeyNotNullOrderById(UUID tenantId, String status);
}
