package io.ispflow.kernel.pkg;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.subscriber.SubscriptionTerm;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a package promises a subscriber. Optional terms are null when the package sets no limit. The
 * constructor holds what every stored event's terms meet; {@link #storable()} is what new terms must
 * meet, and the package commands hold theirs to it.
 *
 * @param sessionTimeout seconds a session may last before the router ends it
 * @param idleTimeout    seconds of silence after which the router ends a session
 * @param deviceLimit    simultaneous sessions allowed per subscriber
 * @param validityDays   how long a subscription or renewal lasts by default
 * @param addressPool    name of an IP pool configured on the router
 * @param dataQuotaMb    megabytes (10^6 bytes) a subscriber may use in each subscription period; null: no quota.
 *                       Events before quotas existed read as null
 * @param fairUsageRate  the rate once the quota is used up; null with a quota: no service until the next
 *                       period or a top-up. Only with a quota
 */
public record PackageTerms(String name, RateLimit rate, Integer sessionTimeout, Integer idleTimeout,
                           Integer deviceLimit, Integer validityDays, String addressPool, BigDecimal price,
                           Integer dataQuotaMb, RateLimit fairUsageRate) {

    /** The read model keeps prices as NUMERIC(12, 2). */
    public static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
    /** A petabyte: beyond any access line's month, and far inside RADIUS's 64-bit byte counters. */
    public static final int MAX_QUOTA_MB = 1_000_000_000;
    private static final String POOL_NAME = "[A-Za-z0-9._-]{1,64}";

    public PackageTerms {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidValueException("name", "name must be 1 to 100 characters");
        }
        name = name.strip();
        if (rate == null) {
            throw new InvalidValueException("downloadKbps", "a rate is required");
        }
        requirePositive("sessionTimeout", sessionTimeout);
        requirePositive("idleTimeout", idleTimeout);
        requirePositive("deviceLimit", deviceLimit);
        requirePositive("validityDays", validityDays);
        if (addressPool != null && !addressPool.matches(POOL_NAME)) {
            throw new InvalidValueException("addressPool", "addressPool must be 1 to 64 of A-Z a-z 0-9 . _ -");
        }
        if (price != null && price.signum() < 0) {
            throw new InvalidValueException("price", "price must not be negative");
        }
        if (dataQuotaMb != null && dataQuotaMb < 1) {
            throw new InvalidValueException("dataQuotaMb", "dataQuotaMb must be 1 or more");
        }
        if (fairUsageRate != null && dataQuotaMb == null) {
            throw new InvalidValueException("fupDownloadKbps", "a fair-usage rate needs a dataQuotaMb");
        }
    }

    /** Terms without a data quota, as every package had before quotas. */
    public PackageTerms(String name, RateLimit rate, Integer sessionTimeout, Integer idleTimeout,
                        Integer deviceLimit, Integer validityDays, String addressPool, BigDecimal price) {
        this(name, rate, sessionTimeout, idleTimeout, deviceLimit, validityDays, addressPool, price, null, null);
    }


    /**
     * These terms, when the read model and RADIUS can hold them as they are: a name of one line without
     * control characters, a quota of at most {@value #MAX_QUOTA_MB} MB, a validity of at most
     * {@value SubscriptionTerm#MAX_DAYS} days, a price of at most
     * {@link #MAX_PRICE} in whole cents.
     */
    public PackageTerms storable() {
        if (validityDays != null) {
            SubscriptionTerm.requireDays("validityDays", validityDays);
        }
        if (price != null && (price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2)) {
            throw new InvalidValueException("price", "price must be 0 to " + MAX_PRICE.toPlainString() + ", in whole cents");
        }
        if (dataQuotaMb != null && dataQuotaMb > MAX_QUOTA_MB) {
            throw new InvalidValueException("dataQuotaMb", "dataQuotaMb must be 1 to " + MAX_QUOTA_MB);
        }
        return new PackageTerms(FreeText.requiredLine("name", name, 100), rate, sessionTimeout, idleTimeout, deviceLimit,
                validityDays, addressPool, price, dataQuotaMb, fairUsageRate);
    }

    /** The same promise: every term equal, prices equal in value (25 and 25.00 are one price). */
    public boolean sameAs(PackageTerms other) {
        return other != null && name.equals(other.name) && rate.equals(other.rate)
                && Objects.equals(sessionTimeout, other.sessionTimeout) && Objects.equals(idleTimeout, other.idleTimeout)
                && Objects.equals(deviceLimit, other.deviceLimit) && Objects.equals(validityDays, other.validityDays)
                && Objects.equals(addressPool, other.addressPool)
                && Objects.equals(dataQuotaMb, other.dataQuotaMb) && Objects.equals(fairUsageRate, other.fairUsageRate)
                && (price == null ? other.price == null : other.price != null && price.compareTo(other.price) == 0);
    }

    private static void requirePositive(String field, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidValueException(field, field + " must be 1 or more");
        }
    }
}
