package io.ispflow.kernel.dashboard;

import io.ispflow.kernel.router.RouterHealth;
import io.ispflow.kernel.voucher.VoucherCounts;
import io.ispflow.kernel.vpn.VpnServerCounts;

import java.util.List;
import java.util.Map;

/**
 * The admin app's front page, counted from the read model. Every status appears in the maps, zero
 * or not; {@code subscribersByPackage} lists every package of the tenant with its subscribers that
 * are not terminated. {@code onlineSessions} counts the tenant's ONLINE sessions, which the sessions module
 * reads from the accounting: the read model's counts come without it, and the query side adds it.
 * {@code vouchers} counts the tenant's vouchers by status. {@code routersOnline} and {@code routersOffline} count the
 * routers in service by health (those never seen are neither). {@code vpnServersUp} and {@code vpnServersDown} count
 * the tenant's VPN servers, which the command side keeps from their heartbeats; the query side adds them too.
 */
public record DashboardView(Map<String, Long> subscribersByStatus, List<PackageCount> subscribersByPackage,
                            Map<String, Long> routersByState, long routersOnline, long routersOffline,
                            ExpiringSubscriptions expiringSoon, VoucherCounts vouchers, long onlineSessions,
                            long vpnServersUp, long vpnServersDown) {

    /** The read model's counts, before the online sessions and the VPN servers are added. */
    public DashboardView(Map<String, Long> subscribersByStatus, List<PackageCount> subscribersByPackage,
                         Map<String, Long> routersByState, Map<String, Long> routersByHealth,
                         ExpiringSubscriptions expiringSoon, VoucherCounts vouchers) {
        this(subscribersByStatus, subscribersByPackage, routersByState, routersByHealth.get(RouterHealth.ONLINE.name()),
                routersByHealth.get(RouterHealth.OFFLINE.name()), expiringSoon, vouchers, 0, 0, 0);
    }

    public DashboardView withOnlineSessions(long count) {
        return new DashboardView(subscribersByStatus, subscribersByPackage, routersByState, routersOnline, routersOffline,
                expiringSoon, vouchers, count, vpnServersUp, vpnServersDown);
    }

    public DashboardView withVpnServers(VpnServerCounts counts) {
        return new DashboardView(subscribersByStatus, subscribersByPackage, routersByState, routersOnline, routersOffline,
                expiringSoon, vouchers, onlineSessions, counts.up(), counts.down());
    }
}
