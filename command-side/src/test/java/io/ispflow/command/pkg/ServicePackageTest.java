package io.ispflow.command.pkg;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.RateLimit;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

class ServicePackageTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final PackageId HOME_20 = PackageId.random();
    static final PackageTerms HOME_20_TERMS = new PackageTerms("Home 20", new RateLimit(20_000, 5_000),
            null, 600, 2, 30, "home-pool", new BigDecimal("25.00"));

    AggregateTestFixture<ServicePackage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePackage.class);
    }

    @Test
    void aNewPackageIsCreatedWithItsTerms() {
        fixture.givenNoPriorActivity()
               .when(new CreatePackage(HOME_20, TENANT, HOME_20_TERMS))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PackageCreated(HOME_20, TENANT, HOME_20_TERMS));
    }
}
