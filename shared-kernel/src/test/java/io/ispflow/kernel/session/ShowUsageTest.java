package io.ispflow.kernel.session;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.subscriber.SubscriberId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShowUsageTest {

    private static final TenantId TENANT = TenantId.of(UUID.randomUUID());
    private static final SubscriberId SUBSCRIBER = SubscriberId.random();
    private static final LocalDate FIRST = LocalDate.parse("2026-01-01");

    @Test
    void aRangeOfOneDayToAYearOfDaysIsAsked() {
        assertThatCode(() -> new ShowUsage(TENANT, SUBSCRIBER, FIRST, FIRST)).doesNotThrowAnyException();
        assertThatCode(() -> new ShowUsage(TENANT, SUBSCRIBER, FIRST, FIRST.plusDays(ShowUsage.MAX_DAYS - 1)))
                .doesNotThrowAnyException();
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ShowUsage(TENANT, SUBSCRIBER, FIRST, FIRST.minusDays(1)))
                .isInstanceOf(InvalidValueException.class).hasMessage("from must be on or before to");
    }

    @Test
    void aRangeLongerThanTheMaximumIsRefused() {
        assertThatThrownBy(() -> new ShowUsage(TENANT, SUBSCRIBER, FIRST, FIRST.plusDays(ShowUsage.MAX_DAYS)))
                .isInstanceOf(InvalidValueException.class);
    }
}
