package io.ispflow.radius.subscriber;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a subscription end as rlm_expiration reads it, e.g. {@code 23 Sep 2026 12:00:00}. FreeRADIUS
 * cannot parse ISO-8601 and would lock the user out; it reads this text in its own time zone, so
 * radiusd must run in UTC.
 */
public final class ExpirationDate {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("dd MMM uuuu HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ExpirationDate() {
    }

    public static String format(Instant expiresAt) {
        return FORMAT.format(expiresAt);
    }
}
