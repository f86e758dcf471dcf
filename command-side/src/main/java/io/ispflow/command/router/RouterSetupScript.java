package io.ispflow.command.router;

/**
 * The RouterOS v7 script that makes a MikroTik router an ispflow RADIUS client: it joins the
 * WireGuard tunnel with the router's tunnel address, opens the router's input chain to the WireGuard
 * handshake and to CoA from the RADIUS server only, adds the RADIUS server with the router's secret
 * and the configured ports, turns on RADIUS with accounting for PPP and hotspot, then accepts CoA,
 * tells ispflow the router's WireGuard public key ({@link WireGuardKeyReport}) and schedules its heartbeat
 * ({@link HeartbeatSchedule}).
 * The firewall comes before CoA is switched on, so that a line failing later leaves no port open;
 * a line a model may not support (hotspot, absent in {@code home} device-mode) does not stop it.
 * Everything it adds carries an "ispflow" name or comment, and it removes those first, so running it
 * again (after a secret rotation, say) replaces the earlier setup instead of adding to it. Its last
 * lines say what stays for the engineer to do by hand.
 */
final class RouterSetupScript {

    static final String INTERFACE = "ispflow";

    private RouterSetupScript() {
    }

    static String render(RouterConnection router, RadiusServerPeer server, TunnelSubnet subnet, RadiusPorts ports,
                         PublicUrl ispflow) {
        String serverAddress = server.tunnelAddress().toString();
        String routerAddress = router.tunnelAddress().toString();
        return """
                # ispflow setup for router %1$s (RouterOS v7): WireGuard tunnel, RADIUS, accounting, CoA.
                # It holds the router's RADIUS secret and API token: keep it private, and run it again after a rotation.
                :if ([:len [/interface wireguard find name="%2$s"]] = 0) do={ /interface wireguard add name="%2$s" comment="ispflow RADIUS tunnel" }
                /interface wireguard peers remove [find interface="%2$s"]
                /interface wireguard peers add interface="%2$s" public-key="%3$s" endpoint-address=%4$s endpoint-port=%5$d allowed-address=%6$s/32 persistent-keepalive=25s comment="ispflow RADIUS server"
                /ip address remove [find interface="%2$s"]
                /ip address add address=%7$s/%8$d interface="%2$s" comment="ispflow tunnel address"
                /ip route remove [find comment="ispflow RADIUS server"]
                %9$s/ip firewall filter remove [find comment~"^ispflow"]
                /ip firewall filter add chain=input action=accept protocol=udp dst-port=[/interface wireguard get [find name="%2$s"] listen-port] comment="ispflow: WireGuard handshake"
                /ip firewall filter add chain=input action=accept protocol=udp dst-port=%13$d in-interface="%2$s" src-address=%6$s comment="ispflow: CoA from the RADIUS server"
                /ip firewall filter add chain=input action=drop protocol=udp dst-port=%13$d comment="ispflow: CoA from anyone else"
                {
                  :local first [:pick [/ip firewall filter find where dynamic=no !(comment~"^ispflow")] 0]
                  :if ([:typeof $first] != "nil") do={
                    /ip firewall filter move [find comment="ispflow: WireGuard handshake"] destination=$first
                    /ip firewall filter move [find comment="ispflow: CoA from the RADIUS server"] destination=$first
                    /ip firewall filter move [find comment="ispflow: CoA from anyone else"] destination=$first
                  }
                }
                /radius remove [find comment="ispflow"]
                /radius add address=%6$s secret=%10$s service=ppp,hotspot authentication-port=%11$d accounting-port=%12$d src-address=%7$s timeout=3s comment="ispflow"
                /radius incoming set accept=yes port=%13$d
                /ppp aaa set use-radius=yes accounting=yes interim-update=5m
                :do { /ip hotspot profile set [find] use-radius=yes radius-accounting=yes radius-interim-update=5m } on-error={ :put "ispflow: no hotspot on this router (device-mode?), RADIUS serves PPP only" }
                """.formatted(router.details().name(), INTERFACE, server.publicKey(), server.endpointHost(),
                server.endpointPort(), serverAddress, routerAddress, subnet.prefixLength(),
                routeToServer(server, subnet), router.radiusSecret(), ports.authentication(), ports.accounting(),
                ports.coa()) + WireGuardKeyReport.render(router, ispflow) + HeartbeatSchedule.render(router, ispflow) + manualSteps(router);
    }

    /** Said once, here and in docs/radius.md: what the script cannot know or must not decide for the ISP. */
    private static String manualSteps(RouterConnection router) {
        return """
                :put "ispflow: done. Still to do by hand on this router (docs/radius.md, first router):"
                :put "  - a PPPoE server or a hotspot on the subscribers' interface, authenticating with RADIUS"
                :put "  - an IP pool named like each package's Framed-Pool (/ip pool add name=... ranges=...)"
                :put "  - NTP (/system ntp client set enabled=yes servers=...): WireGuard refuses handshakes from a wrong clock"
                :put "  - remove this script, which holds the RADIUS secret: /file remove ispflow-%s.rsc"
                """.formatted(router.details().name());
    }

    /** Inside the tunnel subnet the router's own address routes to the server; outside it needs a route. */
    private static String routeToServer(RadiusServerPeer server, TunnelSubnet subnet) {
        if (subnet.contains(server.tunnelAddress())) {
            return "";
        }
        return "/ip route add dst-address=" + server.tunnelAddress() + "/32 gateway=\"" + INTERFACE
                + "\" comment=\"ispflow RADIUS server\"\n";
    }
}
