package io.ispflow.kernel.session;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.Role;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.router.RouterId;
import io.ispflow.kernel.subscriber.SubscriberId;

/**
 * Answers a {@link SessionList} of the tenant's sessions, newest first. Each filter narrows the list when
 * not null: {@code online} true for ONLINE sessions only, false for the others (stale and stopped);
 * {@code text} (sent as {@code q}) matches the username, framed IP or calling station (MAC) from their start,
 * case-insensitively. A voucher's session has its code as username: a {@code viewer} that may not see codes
 * ({@link io.ispflow.kernel.voucher.VoucherPrinting}) gets it masked, and its text never matches a code.
 */
public record ListSessions(TenantId tenantId, Boolean online, RouterId routerId, SubscriberId subscriberId,
                           String text, PageRequest page, Role viewer) {

    /** Longer than any username, address or MAC. */
    public static final int MAX_TEXT = 64;

    public ListSessions {
        text = FreeText.optionalLine("q", text, MAX_TEXT);
    }

    /** A subscriber's sessions, open or not. */
    public static ListSessions of(TenantId tenantId, SubscriberId subscriberId, PageRequest page, Role viewer) {
        return new ListSessions(tenantId, null, null, subscriberId, null, page, viewer);
    }
}
