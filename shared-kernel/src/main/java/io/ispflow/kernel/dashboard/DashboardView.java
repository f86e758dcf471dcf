package io.ispflow.kernel.dashboard;

import java.util.List;
import java.util.Map;

/**
 * The admin app's front page, counted from the read model. Every status appears in the maps, zero
 * or not; {@code subscribersByPackage} lists every package of the tenant with its subscribers that
 * are not terminated.
 */
public record DashboardView(Map<String, Long> subscribersByStatus, List<PackageCount> subscribersByPackage,
                            Map<String, Long> routersByState, ExpiringSubscriptions expiringSoon) {
}
