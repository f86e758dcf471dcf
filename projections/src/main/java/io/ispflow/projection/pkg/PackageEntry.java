package io.ispflow.projection.pkg;

import io.ispflow.kernel.pkg.PackageStatus;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageView;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of the package list. */
@Entity
@Table(name = "package_view")
class PackageEntry {

    @Id
    private UUID id;
    private UUID tenantId;
    private String name;
    private int downloadKbps;
    private int uploadKbps;
    private Integer sessionTimeout;
    private Integer idleTimeout;
    private Integer deviceLimit;
    private Integer validityDays;
    private String addressPool;
    private BigDecimal price;
    private Integer dataQuotaMb;
    private Integer fupDownloadKbps;
    private Integer fupUploadKbps;
    private String status;
    private Instant createdAt;
    private Instant updatedAt;

    PackageEntry(UUID id, UUID tenantId, Instant createdAt) {
        this.id = id;
        this.tenantId = tenantId;
        this.status = PackageStatus.ACTIVE.name();
        this.createdAt = createdAt;
    }

    void apply(PackageTerms terms, Instant at) {
        name = terms.name();
        downloadKbps = terms.rate().downloadKbps();
        uploadKbps = terms.rate().uploadKbps();
        sessionTimeout = terms.sessionTimeout();
        idleTimeout = terms.idleTimeout();
        deviceLimit = terms.deviceLimit();
        validityDays = terms.validityDays();
        addressPool = terms.addressPool();
        price = terms.price();
        dataQuotaMb = terms.dataQuotaMb();
        fupDownloadKbps = terms.fairUsageRate() == null ? null : terms.fairUsageRate().downloadKbps();
        fupUploadKbps = terms.fairUsageRate() == null ? null : terms.fairUsageRate().uploadKbps();
        updatedAt = at;
    }

    void retire(Instant at) {
        status = PackageStatus.RETIRED.name();
        updatedAt = at;
    }

    String name() {
        return name;
    }

    PackageView view() {
        return new PackageView(id, name, downloadKbps, uploadKbps, sessionTimeout, idleTimeout, deviceLimit,
                validityDays, addressPool, price, dataQuotaMb, fupDownloadKbps, fupUploadKbps, status, createdAt, updatedAt);
    }

    protected PackageEntry() {
    }
}
