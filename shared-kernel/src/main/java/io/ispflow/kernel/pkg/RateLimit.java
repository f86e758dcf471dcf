package io.ispflow.kernel.pkg;

import io.ispflow.kernel.InvalidValueException;

/**
 * A package's speed in kbit/s, as the subscriber sees it. MikroTik reads the rate from the
 * router's side, so its attribute puts the subscriber's upload (what the router receives) first.
 */
public record RateLimit(int downloadKbps, int uploadKbps) {

    /** 10 Gbit/s: beyond any access line, and safely inside RouterOS's limits. */
    public static final int MAX_KBPS = 10_000_000;

    public RateLimit {
        requireInRange("downloadKbps", downloadKbps);
        requireInRange("uploadKbps", uploadKbps);
    }

    /** The value of Mikrotik-Rate-Limit: {@code rx/tx} from the router, e.g. {@code 5M/20M}. */
    public String mikrotikRateLimit() {
        return mikrotikRate(uploadKbps) + "/" + mikrotikRate(downloadKbps);
    }

    private static String mikrotikRate(int kbps) {
        return kbps % 1000 == 0 ? kbps / 1000 + "M" : kbps + "k";
    }

    private static void requireInRange(String field, int kbps) {
        if (kbps < 1 || kbps > MAX_KBPS) {
            throw new InvalidValueException(field, field + " must be between 1 and " + MAX_KBPS + " kbit/s");
        }
    }
}
