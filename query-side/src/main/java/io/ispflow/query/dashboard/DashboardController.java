package io.ispflow.query.dashboard;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.dashboard.DashboardView;
import io.ispflow.kernel.dashboard.ShowDashboard;
import io.ispflow.kernel.session.CountOnlineSessions;
import io.ispflow.kernel.vpn.CountVpnServers;
import io.ispflow.kernel.vpn.VpnServerCounts;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;

/**
 * The admin app's front page: the tenant's subscribers, packages and routers counted, who expires soon
 * (the read model's), the sessions online (the sessions module's) and the VPN servers up and down (the command side's).
 */
@RestController
class DashboardController {

    static final Duration EXPIRING_WITHIN = Duration.ofDays(7);
    static final int SOONEST_SHOWN = 10;

    private final Answers answers;

    DashboardController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping("/api/v1/dashboard")
    DashboardView dashboard(Actor actor) {
        return answers.summary(new ShowDashboard(actor.tenantId(), Instant.now(), EXPIRING_WITHIN, SOONEST_SHOWN),
                DashboardView.class).withOnlineSessions(answers.summary(new CountOnlineSessions(actor.tenantId()), Long.class))
                .withVpnServers(answers.summary(new CountVpnServers(actor.tenantId()), VpnServerCounts.class));
    }
}
