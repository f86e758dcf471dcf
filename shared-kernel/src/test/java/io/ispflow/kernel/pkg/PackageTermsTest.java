package io.ispflow.kernel.pkg;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** New terms fit the columns and attributes they end in; terms an older event holds still read. */
class PackageTermsTest {

    private static final RateLimit RATE = new RateLimit(20_000, 5_000);
    private static final TenantId TENANT = TenantId.of(UUID.randomUUID());

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "10000000000", "9999999999.995", "0.001"})
    void aPriceTheReadModelCannotHoldAsItIsIsRefused(String price) {
        assertThatThrownBy(() -> terms(30, new BigDecimal(price)).storable()).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("price");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "25", "25.50", "25.500", "9999999999.99", "1E+3"})
    void aPriceInWholeCentsUpToTheColumnsLimitIsTaken(String price) {
        assertThat(terms(30, new BigDecimal(price)).storable().price()).isEqualByComparingTo(price);
    }

    @Test
    void aValidityIsOneDayToTenYears() {
        assertThat(terms(3660, null).storable().validityDays()).isEqualTo(3660);
        assertThatThrownBy(() -> terms(3661, null).storable()).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("validityDays");
    }

    @Test
    void aQuotaIsOneMegabyteToAPetabyte() {
        assertThat(quota(1_000_000_000, null).storable().dataQuotaMb()).isEqualTo(1_000_000_000);
        assertThatThrownBy(() -> quota(1_000_000_001, null).storable()).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("dataQuotaMb");
        assertThatThrownBy(() -> quota(0, null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("dataQuotaMb");
    }

    @Test
    void aFairUsageRateNeedsAQuota() {
        assertThat(quota(100, new RateLimit(1_000, 512)).fairUsageRate()).isEqualTo(new RateLimit(1_000, 512));
        assertThatThrownBy(() -> quota(null, new RateLimit(1_000, 512))).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("fupDownloadKbps");
    }

    @Test
    void termsWithAnotherQuotaAreOtherTerms() {
        assertThat(quota(100, null).sameAs(quota(200, null))).isFalse();
        assertThat(quota(100, null).sameAs(quota(100, new RateLimit(1_000, 512)))).isFalse();
        assertThat(quota(100, null).sameAs(quota(100, null))).isTrue();
    }

    private static PackageTerms quota(Integer quotaMb, RateLimit fairUsage) {
        return new PackageTerms("Capped", new RateLimit(20_000, 5_000), null, null, null, 30, null, null, quotaMb, fairUsage);
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> named("Home\u000020").storable()).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("name");
    }

    @Test
    void aCommandCarriesOnlyStorableTerms() {
        assertThatThrownBy(() -> new CreatePackage(PackageId.random(), TENANT, terms(30, new BigDecimal("1e400"))))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new UpdatePackage(PackageId.random(), TENANT, named("Home\n20")))
                .isInstanceOf(InvalidValueException.class);
    }

    /** Earlier rules took these: the events that hold them must still load their package and replay. */
    @Test
    void termsAnOlderEventHoldsStillRead() {
        assertThat(terms(36_500, new BigDecimal("12.345")).validityDays()).isEqualTo(36_500);
        assertThat(named("Home\t20").name()).isEqualTo("Home\t20");
    }

    private static PackageTerms terms(Integer validityDays, BigDecimal price) {
        return new PackageTerms("Home 20", RATE, null, null, null, validityDays, null, price);
    }

    private static PackageTerms named(String name) {
        return new PackageTerms(name, RATE, null, null, null, null, null, null);
    }
}
