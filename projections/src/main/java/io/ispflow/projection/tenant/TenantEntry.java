package io.ispflow.projection.tenant;

import io.ispflow.kernel.tenant.TenantProfile;
import io.ispflow.kernel.tenant.TenantView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of the platform administrator's tenant list. */
@Entity
@Table(name = "tenant_view")
class TenantEntry {

    @Id
    private UUID id;
    private String slug;
    private String name;
    private String accountPrefix;
    private String status;

    TenantEntry(UUID id, TenantProfile profile) {
        this.id = id;
        this.slug = profile.slug();
        this.name = profile.name();
        this.accountPrefix = profile.accountPrefix();
        this.status = "ACTIVE";
    }

    void suspend() {
        status = "SUSPENDED";
    }

    void reactivate() {
        status = "ACTIVE";
    }

    TenantView view() {
        return new TenantView(id, name, slug, accountPrefix, status);
    }

    protected TenantEntry() {
    }
}
