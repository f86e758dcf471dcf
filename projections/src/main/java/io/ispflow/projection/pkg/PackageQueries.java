package io.ispflow.projection.pkg;

import io.ispflow.kernel.pkg.FindPackage;
import io.ispflow.kernel.pkg.ListPackages;
import io.ispflow.kernel.pkg.PackageList;
import io.ispflow.kernel.pkg.PackageView;
import io.ispflow.projection.Pages;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Answers package queries from the read model. */
@Component
class PackageQueries {

    private final PackageEntries packages;

    PackageQueries(PackageEntries packages) {
        this.packages = packages;
    }

    @QueryHandler
    Optional<PackageView> handle(FindPackage query) {
        return packages.findByIdAndTenantId(query.packageId().value(), query.tenantId().value())
                       .map(PackageEntry::view);
    }

    @QueryHandler
    PackageList handle(ListPackages query) {
        return Pages.from(packages.findByTenantId(query.tenantId().value(),
                Pages.of(query.page(), Sort.by("name", "id"))), PackageEntry::view, PackageList::new);
    }
}
