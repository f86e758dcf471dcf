package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A subscription ends between 1970 and 3660 days from now, and runs 1 to 3660 days at a time. */
class SubscriptionTermTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void anEndFrom1970To3660DaysAheadIsTaken() {
        assertThat(SubscriptionTerm.requireEnd("expiresAt", Instant.EPOCH, NOW)).isEqualTo(Instant.EPOCH);
        Instant last = Instant.parse("2036-11-30T10:00:00Z");
        assertThat(SubscriptionTerm.requireEnd("until", last, NOW)).isEqualTo(last);
    }

    @Test
    void anEndBeyondIsRefusedForItsField() {
        assertThatThrownBy(() -> SubscriptionTerm.requireEnd("until", Instant.parse("2036-11-30T10:00:01Z"), NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("until");
        assertThatThrownBy(() -> SubscriptionTerm.requireEnd("expiresAt", Instant.parse("+300000-01-01T00:00:00Z"), NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SubscriptionTerm.requireEnd("expiresAt", Instant.EPOCH.minusSeconds(1), NOW))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void daysAreOneTo3660() {
        assertThat(SubscriptionTerm.requireDays("days", 3660)).isEqualTo(3660);
        assertThatThrownBy(() -> SubscriptionTerm.requireDays("days", 3661)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> SubscriptionTerm.requireDays("days", 0)).isInstanceOf(InvalidValueException.class);
    }
}
