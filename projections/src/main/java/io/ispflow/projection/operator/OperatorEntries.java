package io.ispflow.projection.operator;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface OperatorEntries extends JpaRepository<OperatorEntry, UUID> {

    List<OperatorEntry> findByTenantIdAndRemovedFalseOrderByUsername(UUID tenantId);

    List<OperatorEntry> findByTenantIdAndIdIn(UUID tenantId, Collection<UUID> ids);
}
