package io.ispflow.radius.subscriber;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExpirationDateTest {

    /** The month names FreeRADIUS's date parser compares the first three letters with. */
    private static final List<String> FREERADIUS_MONTHS =
            List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    @Test
    void subscriptionEndIsDayMonthYearAndTimeInUtc() {
        assertThat(ExpirationDate.format(Instant.parse("2026-09-23T12:00:00Z"))).isEqualTo("23 Sep 2026 12:00:00");
    }

    @Test
    void dayIsTwoDigitsAndSecondsAreDropped() {
        assertThat(ExpirationDate.format(Instant.parse("2027-01-01T00:00:59.999Z"))).isEqualTo("01 Jan 2027 00:00:59");
    }

    @Test
    void lateEveningInUtcStaysOnItsUtcDate() {
        assertThat(ExpirationDate.format(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("31 Dec 2026 23:30:00");
    }

    @Test
    void everyMonthIsWrittenAsFreeRadiusSpellsIt() {
        for (Month month : Month.values()) {
            Instant first = ZonedDateTime.of(2026, month.getValue(), 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
            assertThat(ExpirationDate.format(first).split(" ")[1])
                    .isEqualTo(FREERADIUS_MONTHS.get(month.ordinal()));
        }
    }
}
