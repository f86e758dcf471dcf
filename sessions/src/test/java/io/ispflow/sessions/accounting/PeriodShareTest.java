package io.ispflow.sessions.accounting;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a session's growth between two reports counts in a subscription period that started at {@code RENEWED}. */
class PeriodShareTest {

    static final Instant RENEWED = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void growthReportedBeforeThePeriodCountsNothingInIt() {
        assertThat(PeriodShare.of(1_000, RENEWED.minusSeconds(600), RENEWED, RENEWED)).isZero();
    }

    @Test
    void growthWithinThePeriodCountsWhole() {
        assertThat(PeriodShare.of(1_000, RENEWED, RENEWED.plusSeconds(300), RENEWED)).isEqualTo(1_000);
    }

    @Test
    void growthAcrossTheStartCountsForTheTimeAfterIt() {
        assertThat(PeriodShare.of(1_000, RENEWED.minusSeconds(100), RENEWED.plusSeconds(300), RENEWED)).isEqualTo(750);
    }

    @Test
    void growthOverMoreThanAMonthCountsAtTheReport() {
        assertThat(PeriodShare.of(1_000, RENEWED.minusSeconds(40L * 86_400), RENEWED.plusSeconds(1), RENEWED)).isEqualTo(1_000);
    }
}
