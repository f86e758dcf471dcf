package io.ispflow.kernel.session;

import java.time.LocalDate;
import java.util.List;

/** A subscriber's usage, day by day (every day of the range, zero or not) and in total. */
public record UsageReport(List<Day> days, Usage total) {

    /** What a subscriber used on one day. */
    public record Day(LocalDate date, long uploadBytes, long downloadBytes, long sessions, long onlineSeconds) {
    }

    /** What a subscriber used over the range. */
    public record Usage(long uploadBytes, long downloadBytes, long sessions, long onlineSeconds) {
    }

    public static UsageReport of(List<Day> days) {
        return new UsageReport(days, new Usage(days.stream().mapToLong(Day::uploadBytes).sum(),
                days.stream().mapToLong(Day::downloadBytes).sum(), days.stream().mapToLong(Day::sessions).sum(),
                days.stream().mapToLong(Day::onlineSeconds).sum()));
    }
}
