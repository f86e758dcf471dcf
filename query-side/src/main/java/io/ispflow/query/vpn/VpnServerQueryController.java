package io.ispflow.query.vpn;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.vpn.FindVpnServer;
import io.ispflow.kernel.vpn.ListVpnServers;
import io.ispflow.kernel.vpn.VpnServerId;
import io.ispflow.kernel.vpn.VpnServerList;
import io.ispflow.kernel.vpn.VpnServerStatus;
import io.ispflow.kernel.vpn.VpnServerView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The tenant's VPN servers of API.md v1.1, as their heartbeats last left them. */
@RestController
@RequestMapping("/api/v1/vpn-servers")
class VpnServerQueryController {

    private final Answers answers;

    VpnServerQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    VpnServerList list(Actor actor, @RequestParam(required = false) VpnServerStatus status,
                       @RequestParam(required = false) String countryCode, @RequestParam(required = false) String service,
                       @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListVpnServers(actor.tenantId(), status, countryCode, service, new PageRequest(page, size)),
                VpnServerList.class);
    }

    @GetMapping("/{id}")
    VpnServerView one(@PathVariable UUID id, Actor actor) {
        return answers.one(new FindVpnServer(actor.tenantId(), VpnServerId.of(id)), VpnServerView.class, "VPN server " + id);
    }
}
