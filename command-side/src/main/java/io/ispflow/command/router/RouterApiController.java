package io.ispflow.command.router;

import io.ispflow.kernel.router.RecordRouterSignOfLife;
import io.ispflow.kernel.router.RecordRouterWireGuardKey;
import io.ispflow.kernel.router.WireGuardKey;
import io.ispflow.kernel.router.WireGuardKeySource;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

/**
 * Calls a router makes itself, at the end of its setup script. No operator's token: the router's API
 * token in {@code X-API-Key} names the router and its tenant, and is checked before the body is read.
 */
@RestController
class RouterApiController {

    private final RouterApiAuthentication authentication;
    private final CommandGateway commands;
    private final Clock clock;

    RouterApiController(RouterApiAuthentication authentication, CommandGateway commands, Clock clock) {
        this.authentication = authentication;
        this.commands = commands;
        this.clock = clock;
    }

    /** 401 for a missing, wrong, rotated or decommissioned router's key; only a presented wrong key counts against the address. */
    @PostMapping("/api/v1/routers/wireguard-key")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void wireGuardKey(@RequestHeader(name = RouterApiAuthentication.API_KEY, required = false) String apiKey,
                      @RequestBody PublicKeyRequest body, HttpServletRequest request) {
        RouterApiTokenIndex.Holder router = authentication.router(apiKey, request.getRemoteAddr());
        commands.sendAndWait(new RecordRouterWireGuardKey(router.routerId(), router.tenantId(),
                WireGuardKey.of(body.publicKey()), WireGuardKeySource.ROUTER));
    }

    /**
     * The router's heartbeat (its setup script's scheduler sends one a minute): a sign of life and a report, which
     * are not events; the first after silence makes the router ONLINE. Each router's calls are rate-limited.
     */
    @PostMapping("/api/v1/routers/heartbeat")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void heartbeat(@RequestHeader(name = RouterApiAuthentication.API_KEY, required = false) String apiKey,
                   @RequestBody(required = false) HeartbeatRequest body, HttpServletRequest request) {
        RouterApiTokenIndex.Holder router = authentication.router(apiKey, request.getRemoteAddr());
        commands.sendAndWait(new RecordRouterSignOfLife(router.routerId(), router.tenantId(), clock.instant(),
                (body == null ? HeartbeatRequest.EMPTY : body).report()));
    }
}
