package io.ispflow.command.pkg;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageNotFoundException;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageRetiredException;
import io.ispflow.kernel.pkg.PackageUpdated;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Keeps the package catalog in the same transaction as the package's events (a subscribing
 * processor), so a subscriber command can never see a package that was not committed.
 */
@Component
@ProcessingGroup(PackageCatalogProjection.PROCESSING_GROUP)
class PackageCatalogProjection implements PackageCatalog {

    static final String PROCESSING_GROUP = "package-catalog";

    private final JdbcTemplate jdbc;

    PackageCatalogProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PackageCreated e) {
        jdbc.update("""
                INSERT INTO package_catalog (package_id, tenant_id, validity_days, price, retired)
                VALUES (?, ?, ?, ?, false)
                ON CONFLICT (package_id) DO UPDATE SET validity_days = excluded.validity_days, price = excluded.price""",
                e.packageId().value(), e.tenantId().value(), e.terms().validityDays(), e.terms().price());
    }

    @EventHandler
    void on(PackageUpdated e) {
        jdbc.update("UPDATE package_catalog SET validity_days = ?, price = ? WHERE package_id = ?",
                e.terms().validityDays(), e.terms().price(), e.packageId().value());
    }

    @EventHandler
    void on(PackageRetired e) {
        jdbc.update("UPDATE package_catalog SET retired = true WHERE package_id = ?", e.packageId().value());
    }

    @Override
    public ActivePackage requireActive(TenantId tenantId, PackageId packageId) {
        List<ActivePackage> found = jdbc.query(
                "SELECT validity_days, price, retired FROM package_catalog WHERE package_id = ? AND tenant_id = ?",
                (rs, row) -> {
                    if (rs.getBoolean("retired")) {
                        throw new PackageRetiredException(packageId);
                    }
                    return new ActivePackage(packageId, (Integer) rs.getObject("validity_days"), rs.getBigDecimal("price"));
                },
                packageId.value(), tenantId.value());
        if (found.isEmpty()) {
            throw new PackageNotFoundException(packageId);
        }
        return found.get(0);
    }

    @Override
    public Integer validityDays(TenantId tenantId, PackageId packageId) {
        List<Integer> found = jdbc.query("SELECT validity_days FROM package_catalog WHERE package_id = ? AND tenant_id = ?",
                (rs, row) -> (Integer) rs.getObject("validity_days"), packageId.value(), tenantId.value());
        if (found.isEmpty()) {
            throw new PackageNotFoundException(packageId);
        }
        return found.get(0);
    }
}
