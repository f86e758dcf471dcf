package io.ispflow.command.router;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TunnelSubnetTest {

    @Test
    void routersGetEveryAddressButNetworkGatewayAndBroadcast() {
        TunnelSubnet subnet = TunnelSubnet.parse("10.100.0.0/16");

        assertThat(subnet.gateway()).hasToString("10.100.0.1");
        assertThat(subnet.firstRouterAddress()).hasToString("10.100.0.2");
        assertThat(subnet.lastRouterAddress()).hasToString("10.100.255.254");
    }

    @Test
    void aSubnetMustStartAtItsNetworkAddress() {
        assertThatThrownBy(() -> TunnelSubnet.parse("10.100.0.5/16")).isInstanceOf(IllegalArgumentException.class);
    }
}
