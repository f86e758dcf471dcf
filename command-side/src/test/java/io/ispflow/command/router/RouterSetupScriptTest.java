package io.ispflow.command.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;
import io.ispflow.kernel.Ipv4Address;
import io.ispflow.kernel.router.RouterDetails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterSetupScriptTest {

    static final TunnelSubnet SUBNET = TunnelSubnet.parse("10.100.0.0/16");
    static final String SERVER_KEY = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=";
    static final RadiusServerPeer SERVER = RadiusServerPeer.configure(SUBNET, "", "vpn.example.net:51820", SERVER_KEY);
    static final RouterConnection CORE_1 = new RouterConnection(new RouterDetails("core-1", "Main street POP", null),
            Ipv4Address.parse("10.100.0.7"), "Secret0123456789abcdefgh", "ApiToken0123456789abcdefghijklmnopqrstuv");
    static final RadiusPorts PORTS = RadiusPorts.configure("1812", "1813", "3799");
    static final PublicUrl ISPFLOW = PublicUrl.configure("https://ispflow.isp.example/");

    String script = RouterSetupScript.render(CORE_1, SERVER, SUBNET, PORTS, ISPFLOW);

    @Test
    void theRouterJoinsTheTunnelWithItsOwnAddressAndTheServersKey() {
        assertThat(script)
                .contains("/interface wireguard add name=\"ispflow\"")
                .contains("/interface wireguard peers add interface=\"ispflow\" public-key=\"" + SERVER_KEY
                        + "\" endpoint-address=vpn.example.net endpoint-port=51820 allowed-address=10.100.0.1/32")
                .contains("/ip address add address=10.100.0.7/16 interface=\"ispflow\"");
    }

    @Test
    void theRadiusServerIsTheTunnelGatewayAndPacketsLeaveFromTheTunnelAddress() {
        assertThat(script).contains("/radius add address=10.100.0.1 secret=Secret0123456789abcdefgh "
                + "service=ppp,hotspot authentication-port=1812 accounting-port=1813 src-address=10.100.0.7 timeout=3s");
    }

    @Test
    void pppAndHotspotUseRadiusWithAccountingAndInterimUpdates() {
        assertThat(script)
                .contains("/ppp aaa set use-radius=yes accounting=yes interim-update=5m")
                .contains("/ip hotspot profile set [find] use-radius=yes radius-accounting=yes radius-interim-update=5m");
    }

    @Test
    void aRouterWithoutHotspotRunsTheScriptToItsEnd() {
        // in home device-mode the hotspot lines fail (the setup's and the heartbeat's); outside :do they would abort there
        assertThat(script.lines().filter(line -> line.contains("/ip hotspot"))).hasSize(2)
                .allMatch(line -> line.strip().startsWith(":do { "));
        assertThat(script).contains(":do { /ip hotspot profile set [find] use-radius=yes "
                + "radius-accounting=yes radius-interim-update=5m } on-error={ :put \"ispflow: no hotspot on this router");
    }

    @Test
    void coaIsAcceptedFromTheRadiusServerOnly() {
        assertThat(script)
                .contains("/radius incoming set accept=yes port=3799")
                .contains("action=accept protocol=udp dst-port=3799 in-interface=\"ispflow\" src-address=10.100.0.1")
                .contains("action=drop protocol=udp dst-port=3799");
        assertThat(script.indexOf("CoA from the RADIUS server\"")).isLessThan(script.indexOf("CoA from anyone else\""));
    }

    @Test
    void theCoaFirewallRulesComeBeforeCoaIsSwitchedOn() {
        int switchedOn = script.indexOf("/radius incoming set accept=yes");

        assertThat(script.indexOf("add chain=input action=accept protocol=udp dst-port=3799")).isNotNegative().isLessThan(switchedOn);
        assertThat(script.indexOf("add chain=input action=drop protocol=udp dst-port=3799")).isNotNegative().isLessThan(switchedOn);
        assertThat(script.indexOf("move [find comment=\"ispflow: CoA from anyone else\"]")).isLessThan(switchedOn);
    }

    @Test
    void theWireGuardHandshakeIsAcceptedOnTheInterfacesListenPortAheadOfTheRoutersOwnRules() {
        assertThat(script)
                .contains("/ip firewall filter add chain=input action=accept protocol=udp "
                        + "dst-port=[/interface wireguard get [find name=\"ispflow\"] listen-port] comment=\"ispflow: WireGuard handshake\"")
                .contains("/ip firewall filter move [find comment=\"ispflow: WireGuard handshake\"] destination=$first");
        assertThat(script.indexOf("ispflow: WireGuard handshake")).isLessThan(script.indexOf("ispflow: CoA from the RADIUS server"));
    }

    @Test
    void theRadiusAndCoaPortsAreTheConfiguredOnes() {
        String elsewhere = RouterSetupScript.render(CORE_1, SERVER, SUBNET, RadiusPorts.configure("11812", "11813", "13799"), ISPFLOW);

        assertThat(elsewhere)
                .contains("authentication-port=11812 accounting-port=11813 ")
                .contains("/radius incoming set accept=yes port=13799")
                .contains("action=accept protocol=udp dst-port=13799 in-interface=\"ispflow\" src-address=10.100.0.1")
                .contains("action=drop protocol=udp dst-port=13799 ")
                .doesNotContain("=1812 ", "=1813 ", "=3799");
    }

    @Test
    void aPortOutOfRangeOrNotANumberStopsTheStartNamingItsVariable() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusPorts.configure("0", "1813", "3799"))
                .withMessageContaining("ISPFLOW_RADIUS_AUTH_PORT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusPorts.configure("1812", "1813 ; /system reset", "3799"))
                .withMessageContaining("ISPFLOW_RADIUS_ACCT_PORT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusPorts.configure("1812", "1813", "65536"))
                .withMessageContaining("ISPFLOW_RADIUS_COA_PORT");
    }

    @Test
    void itsLastLinesSayOnceWhatStaysForTheEngineer() {
        String manual = script.substring(script.indexOf(":put \"ispflow: done."));

        assertThat(manual.lines()).allMatch(line -> line.startsWith(":put "))
                .anyMatch(line -> line.contains("PPPoE server or a hotspot"))
                .anyMatch(line -> line.contains("IP pool named like each package's Framed-Pool"))
                .anyMatch(line -> line.contains("NTP") && line.contains("WireGuard refuses handshakes"))
                .anyMatch(line -> line.contains("/file remove ispflow-core-1.rsc"));
        assertThat(script).containsOnlyOnce("Framed-Pool").containsOnlyOnce("NTP");
    }

    @Test
    void runningItAgainReplacesWhatAnEarlierRunAdded() {
        assertThat(script)
                .contains("/interface wireguard peers remove [find interface=\"ispflow\"]")
                .contains("/ip address remove [find interface=\"ispflow\"]")
                .contains("/radius remove [find comment=\"ispflow\"]")
                .contains("/ip firewall filter remove [find comment~\"^ispflow\"]");
    }

    @Test
    void aServerOutsideTheTunnelSubnetIsReachedThroughARoute() {
        RadiusServerPeer outside = RadiusServerPeer.configure(SUBNET, "10.99.0.1", "vpn.example.net:51820", SERVER_KEY);

        assertThat(RouterSetupScript.render(CORE_1, outside, SUBNET, PORTS, ISPFLOW))
                .contains("/ip route add dst-address=10.99.0.1/32 gateway=\"ispflow\"")
                .contains("/radius add address=10.99.0.1 ");
        assertThat(script).doesNotContain("/ip route add");
    }

    @Test
    void beforeTheManualStepsTheRouterSendsItsPublicKeyToIspflowWithItsApiToken() {
        assertThat(script).contains("""
                {
                  :local key [/interface wireguard get [find name="ispflow"] public-key]
                  :do {
                    /tool fetch url="https://ispflow.isp.example/api/v1/routers/wireguard-key" http-method=post \
                http-header-field="Content-Type: application/json,X-API-Key: ApiToken0123456789abcdefghijklmnopqrstuv" \
                http-data=("{\\"publicKey\\":\\"" . $key . "\\"}") check-certificate=yes-without-crl output=none
                    :put "ispflow recorded this router's WireGuard public key: the tunnel comes up once the WireGuard server \
                has synchronised its peers."
                  } on-error={
                    :put ("ispflow could not be told this router's WireGuard public key, " . $key . ": an operator enters it \
                in ispflow as router core-1's key (PUT /api/v1/routers/{id}/wireguard-key).")
                  }
                }
                /system scheduler remove [find name="ispflow-heartbeat"]""");
    }

    @Test
    void aSchedulerPostsTheRoutersHeartbeatEveryMinuteWithItsApiToken() {
        assertThat(script).contains("""
                /system scheduler remove [find name="ispflow-heartbeat"]
                /system script remove [find name="ispflow-heartbeat"]
                /system script add name="ispflow-heartbeat" policy=read,write,test comment="ispflow: heartbeat" source={
                  :local hotspot 0
                  :do { :set hotspot [:len [/ip hotspot active find]] } on-error={}
                  :local sessions ([:len [/ppp active find]] + $hotspot)
                  :local report ("{\\"uptimeSeconds\\":" . [:tonum [/system resource get uptime]] . ",\\"version\\":\\"" \
                . [/system resource get version] . "\\",\\"board\\":\\"" . [/system resource get board-name] . "\\",\\"cpuLoad\\":" \
                . [/system resource get cpu-load] . ",\\"freeMemoryBytes\\":" . [/system resource get free-memory] \
                . ",\\"activeSessions\\":" . $sessions . "}")
                  /tool fetch url="https://ispflow.isp.example/api/v1/routers/heartbeat" http-method=post \
                http-header-field="Content-Type: application/json,X-API-Key: ApiToken0123456789abcdefghijklmnopqrstuv" \
                http-data=$report check-certificate=yes-without-crl output=none
                }
                /system scheduler add name="ispflow-heartbeat" interval=1m policy=read,write,test \
                on-event="/system script run ispflow-heartbeat" comment="ispflow: heartbeat every minute"
                :put "ispflow: done.""");
    }

    /** What RouterOS reads: every brace and parenthesis of the heartbeat closes, and its quotes pair up outside escapes. */
    @Test
    void theHeartbeatBlockIsBalanced() {
        String block = script.substring(script.indexOf("/system script add"), script.indexOf("/system scheduler add"));

        assertThat(block.chars().filter(c -> c == '{').count()).isEqualTo(block.chars().filter(c -> c == '}').count());
        assertThat(block.chars().filter(c -> c == '(').count()).isEqualTo(block.chars().filter(c -> c == ')').count());
        assertThat(block.replace("\\\"", "").chars().filter(c -> c == '"').count() % 2).isZero();
        assertThat(block.lines().filter(line -> line.contains("$")).flatMap(line -> java.util.regex.Pattern.compile("\\$(\\w+)")
                .matcher(line).results().map(match -> match.group(1)))).allMatch(variable -> block.contains(":local " + variable + " "));
    }

    @Test
    void withoutAPublicUrlNoHeartbeatIsScheduled() {
        String unsent = RouterSetupScript.render(CORE_1, SERVER, SUBNET, PORTS, PublicUrl.configure(""));

        assertThat(unsent).doesNotContain("/system scheduler add").doesNotContain("/system script add")
                .contains("/system scheduler remove [find name=\"ispflow-heartbeat\"]")
                .contains(":put \"ispflow: no public URL is configured, so this router sends no heartbeat");
    }

    @Test
    void withoutAPublicUrlTheScriptPrintsTheKeyForAnOperator() {
        String unsent = RouterSetupScript.render(CORE_1, SERVER, SUBNET, PORTS, PublicUrl.configure(""));

        assertThat(unsent).doesNotContain("/tool fetch").doesNotContain(CORE_1.apiToken())
                .contains(":put (\"Give ispflow this router's WireGuard public key, \" . [/interface wireguard get "
                        + "[find name=\"ispflow\"] public-key] . \": an operator enters it in ispflow as router core-1's key "
                        + "(PUT /api/v1/routers/{id}/wireguard-key).\")\n/system scheduler remove");
    }

    /** Routers send their API token there: plain http, a query or a character RouterOS would read are refused. */
    @Test
    void thePublicUrlIsHttpsAndSafeInARouterOsString() {
        assertThat(PublicUrl.configure(" https://isp.example:8443/ispflow/ ").of("/x")).isEqualTo("https://isp.example:8443/ispflow/x");
        for (String unsafe : List.of("http://isp.example", "https://isp.example/?a=b", "https://isp.example/$x",
                "https://isp.example/\"; /system reset", "https://user@isp.example", "isp.example")) {
            assertThatIllegalArgumentException().as(unsafe).isThrownBy(() -> PublicUrl.configure(unsafe))
                    .withMessageContaining("ispflow.public-url");
        }
    }

    @Test
    void theServerCannotTakeAnAddressTheTunnelPoolGivesToRouters() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusServerPeer.configure(SUBNET, "10.100.0.2", "vpn.example.net:51820", SERVER_KEY))
                .withMessageContaining("ispflow.radius-server.tunnel-address");
    }

    @Test
    void aMalformedEndpointOrKeyStopsTheStartNamingItsProperty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusServerPeer.configure(SUBNET, "", "vpn.example.net", SERVER_KEY))
                .withMessageContaining("ispflow.wireguard.endpoint");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusServerPeer.configure(SUBNET, "", "vpn.example.net:51820\n/system reset", SERVER_KEY))
                .withMessageContaining("ispflow.wireguard.endpoint");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusServerPeer.configure(SUBNET, "", "vpn.example.net:51820", "not-a-key"))
                .withMessageContaining("ispflow.wireguard.public-key");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RadiusServerPeer.configure(SUBNET, "10.100.0", "vpn.example.net:51820", SERVER_KEY))
                .withMessageContaining("ispflow.radius-server.tunnel-address");
    }

    @Test
    void withoutEndpointAndKeyNoScriptIsHandedOut() {
        RadiusServerPeer unconfigured = RadiusServerPeer.configure(SUBNET, "", "", "");

        assertThat(unconfigured.tunnelAddress()).isEqualTo(SUBNET.gateway());
        assertThatThrownBy(unconfigured::requireWireGuard)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WIREGUARD_NOT_CONFIGURED));
    }
}
