package io.ispflow.projection.tenant;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface TenantEntries extends JpaRepository<TenantEntry, UUID> {

    List<TenantEntry> findAllByOrderBySlug();
}
