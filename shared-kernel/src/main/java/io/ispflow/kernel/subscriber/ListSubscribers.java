package io.ispflow.kernel.subscriber;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.pkg.PackageId;

/**
 * Answers a {@link SubscriberList} of the tenant's subscribers, by username. {@code text} (null for
 * all; one line of at most {@value #MAX_TEXT} characters, sent as {@code q}) matches username,
 * account number, full name and phone, case-insensitively, anywhere in them; {@code status} and
 * {@code packageId} narrow the list when not null.
 */
public record ListSubscribers(TenantId tenantId, String text, SubscriberStatus status, PackageId packageId,
                              PageRequest page) {

    /** Longer than any username, account number, name or phone it could match. */
    public static final int MAX_TEXT = 200;

    public ListSubscribers {
        text = FreeText.optionalLine("q", text, MAX_TEXT);
    }
}
