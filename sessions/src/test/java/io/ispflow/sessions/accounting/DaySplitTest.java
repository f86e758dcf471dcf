package io.ispflow.sessions.accounting;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class DaySplitTest {

    private static final Instant MIDNIGHT = Instant.parse("2026-03-02T00:00:00Z");
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_2 = LocalDate.parse("2026-03-02");

    @Test
    void usageWithinADayCountsOnThatDay() {
        assertThat(DaySplit.of(new Usage(10, 20, 30), MIDNIGHT.plusSeconds(60), MIDNIGHT.plusSeconds(90), ZoneOffset.UTC))
                .containsExactly(entry(MARCH_2, new Usage(10, 20, 30)));
    }

    @Test
    void usageOverMidnightIsSharedByTheTimeOnEachDay() {
        assertThat(DaySplit.of(new Usage(400, 800, 2_400), MIDNIGHT.minusSeconds(600), MIDNIGHT.plusSeconds(1_800),
                ZoneOffset.UTC))
                .containsExactly(entry(MARCH_1, new Usage(100, 200, 600)), entry(MARCH_2, new Usage(300, 600, 1_800)));
    }

    @Test
    void thePartsAddUpToTheWholeWhateverTheRounding() {
        Usage grown = new Usage(Long.MAX_VALUE / 2, 7, 1);
        Usage sum = DaySplit.of(grown, MIDNIGHT.minusSeconds(1), MIDNIGHT.plusSeconds(86_400 * 2 + 1), ZoneOffset.UTC)
                .values().stream().reduce(Usage.NONE, Usage::plus);

        assertThat(sum).isEqualTo(grown);
    }

    @Test
    void daysAreTheConfiguredZonesDays() {
        ZoneId nairobi = ZoneId.of("Africa/Nairobi");
        // 21:00 to 22:00 UTC is midnight's hour in Nairobi (UTC+3)
        assertThat(DaySplit.of(new Usage(60, 60, 60), MIDNIGHT.minusSeconds(10_800), MIDNIGHT.minusSeconds(7_200), nairobi))
                .containsExactly(entry(MARCH_2, new Usage(60, 60, 60)));
    }

    @Test
    void usageReportedAfterAClockJumpCountsOnTheDayOfTheReport() {
        Instant epoch = Instant.EPOCH.plusSeconds(60);
        assertThat(DaySplit.of(new Usage(5, 5, 60), epoch, MIDNIGHT.plusSeconds(60), ZoneOffset.UTC))
                .containsExactly(entry(MARCH_2, new Usage(5, 5, 60)));
    }

    @Test
    void usageReportedWithNoTimeBeforeItCountsOnTheDayOfTheReport() {
        assertThat(DaySplit.of(new Usage(5, 5, 0), MIDNIGHT, MIDNIGHT, ZoneOffset.UTC))
                .containsExactly(entry(MARCH_2, new Usage(5, 5, 0)));
    }
}
