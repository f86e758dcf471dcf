package io.ispflow.command.pkg;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.CreatePackage;
import io.ispflow.kernel.pkg.PackageCreated;
import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.pkg.PackageRetired;
import io.ispflow.kernel.pkg.PackageTerms;
import io.ispflow.kernel.pkg.PackageUpdated;
import io.ispflow.kernel.pkg.RateLimit;
import io.ispflow.kernel.pkg.RetirePackage;
import io.ispflow.kernel.pkg.UpdatePackage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.UUID;

class ServicePackageTest {

    static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    static final TenantId OTHER_TENANT = TenantId.of(UUID.randomUUID());
    static final PackageId HOME_20 = PackageId.random();
    static final PackageTerms HOME_20_TERMS = new PackageTerms("Home 20", new RateLimit(20_000, 5_000),
            null, 600, 2, 30, "home-pool", new BigDecimal("25.00"));
    static final PackageTerms HOME_50_TERMS = new PackageTerms("Home 50", new RateLimit(50_000, 10_000),
            86_400, null, 3, 30, null, new BigDecimal("40.00"));

    AggregateTestFixture<ServicePackage> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePackage.class);
    }

    static PackageCreated created() {
        return new PackageCreated(HOME_20, TENANT, HOME_20_TERMS);
    }

    static PackageRetired retired() {
        return new PackageRetired(HOME_20, TENANT);
    }

    @Test
    void aNewPackageIsCreatedWithItsTerms() {
        fixture.givenNoPriorActivity()
               .when(new CreatePackage(HOME_20, TENANT, HOME_20_TERMS))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PackageCreated(HOME_20, TENANT, HOME_20_TERMS));
    }

    @Test
    void aPackageTakesNewTerms() {
        fixture.given(created())
               .when(new UpdatePackage(HOME_20, TENANT, HOME_50_TERMS))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PackageUpdated(HOME_20, TENANT, HOME_50_TERMS));
    }

    @Test
    void updatingToTheSameTermsRecordsNothing() {
        fixture.given(created(), new PackageUpdated(HOME_20, TENANT, HOME_50_TERMS))
               .when(new UpdatePackage(HOME_20, TENANT, HOME_50_TERMS))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aPriceWrittenWithOtherDecimalsIsTheSamePrice() {
        fixture.given(created())
               .when(new UpdatePackage(HOME_20, TENANT, withPrice(HOME_20_TERMS, "25")))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void aNewPriceIsANewTerm() {
        fixture.given(created())
               .when(new UpdatePackage(HOME_20, TENANT, withPrice(HOME_20_TERMS, "25.01")))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PackageUpdated(HOME_20, TENANT, withPrice(HOME_20_TERMS, "25.01")));
    }

    static PackageTerms withPrice(PackageTerms terms, String price) {
        return new PackageTerms(terms.name(), terms.rate(), terms.sessionTimeout(), terms.idleTimeout(),
                terms.deviceLimit(), terms.validityDays(), terms.addressPool(), new BigDecimal(price));
    }

    @Test
    void aRetiredPackageStillTakesNewTermsForItsSubscribers() {
        fixture.given(created(), retired())
               .when(new UpdatePackage(HOME_20, TENANT, HOME_50_TERMS))
               .expectSuccessfulHandlerExecution()
               .expectEvents(new PackageUpdated(HOME_20, TENANT, HOME_50_TERMS));
    }

    @Test
    void anotherTenantCannotUpdateThePackage() {
        fixture.given(created())
               .when(new UpdatePackage(HOME_20, OTHER_TENANT, HOME_50_TERMS))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }

    @Test
    void aPackageIsRetired() {
        fixture.given(created())
               .when(new RetirePackage(HOME_20, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectEvents(retired());
    }

    @Test
    void retiringARetiredPackageRecordsNothing() {
        fixture.given(created(), retired())
               .when(new RetirePackage(HOME_20, TENANT))
               .expectSuccessfulHandlerExecution()
               .expectNoEvents();
    }

    @Test
    void anotherTenantCannotRetireThePackage() {
        fixture.given(created())
               .when(new RetirePackage(HOME_20, OTHER_TENANT))
               .expectException(NotFoundException.class)
               .expectNoEvents();
    }
}
