package io.ispflow.sessions;

import io.ispflow.kernel.pkg.PackageId;
import io.ispflow.kernel.subscriber.SubscriberId;

import java.util.List;

/**
 * The subscribers on a package who have a session open, as the accounting read so far shows them, and who run at
 * its rate: not those whose quota is used up (at a fair-usage rate, or blocked).
 */
public interface PackageMembersOnline {

    /** Each member with at least one session started and not stopped, stale ones included; none if unknown. */
    List<SubscriberId> of(PackageId packageId);
}
