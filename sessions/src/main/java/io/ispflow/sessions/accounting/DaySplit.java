package io.ispflow.sessions.accounting;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The daily usage rule: what a session used between two reports of its router is spread over the days
 * between them in proportion to the time in each, so a session over midnight counts on both days. The
 * parts add up exactly to the whole. What was reported with no time before it (a Start that already
 * counts bytes, or a clock that went back), or after more than {@link #LONGEST} (a router whose clock
 * was set meanwhile, from 1970 to today), counts on the day of the report.
 */
final class DaySplit {

    static final Duration LONGEST = Duration.ofDays(31);

    private DaySplit() {
    }

    static Map<LocalDate, Usage> of(Usage grown, Instant from, Instant to, ZoneId zone) {
        Map<LocalDate, Usage> days = new LinkedHashMap<>();
        LocalDate last = to.atZone(zone).toLocalDate();
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST) > 0) {
            days.put(last, grown);
            return days;
        }
        long whole = Duration.between(from, to).toMillis();
        Usage given = Usage.NONE;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            Instant end = day.equals(last) ? to : day.plusDays(1).atStartOfDay(zone).toInstant();
            long passed = Duration.between(from, end).toMillis();
            Usage upToHere = new Usage(share(grown.uploadBytes(), passed, whole), share(grown.downloadBytes(), passed, whole),
                    share(grown.onlineSeconds(), passed, whole));
            days.put(day, upToHere.since(given));
            given = upToHere;
        }
        return days;
    }

    /** The floor of {@code amount * part / whole}, without overflow: each day gets the growth of the running total. */
    static long share(long amount, long part, long whole) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole)).longValueExact();
    }
}
