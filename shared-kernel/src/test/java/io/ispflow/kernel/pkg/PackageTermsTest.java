package io.ispflow.kernel.pkg;

import io.ispflow.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A package's terms fit the columns and attributes they end in, or the package cannot exist. */
class PackageTermsTest {

    private static final RateLimit RATE = new RateLimit(20_000, 5_000);

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "10000000000", "9999999999.995", "0.001", "-1"})
    void aPriceTheReadModelCannotHoldAsItIsIsRefused(String price) {
        assertThatThrownBy(() -> terms(30, new BigDecimal(price))).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("price");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "25", "25.50", "25.500", "9999999999.99", "1E+3"})
    void aPriceInWholeCentsUpToTheColumnsLimitIsTaken(String price) {
        assertThat(terms(30, new BigDecimal(price)).price()).isEqualByComparingTo(price);
    }

    @Test
    void aValidityIsOneDayToTenYears() {
        assertThat(terms(3660, null).validityDays()).isEqualTo(3660);
        assertThatThrownBy(() -> terms(3661, null)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("validityDays");
        assertThatThrownBy(() -> terms(0, null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aNameWithAControlCharacterIsRefused() {
        assertThatThrownBy(() -> new PackageTerms("Home\u000020", RATE, null, null, null, null, null, null))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("name");
    }

    private static PackageTerms terms(Integer validityDays, BigDecimal price) {
        return new PackageTerms("Home 20", RATE, null, null, null, validityDays, null, price);
    }
}
