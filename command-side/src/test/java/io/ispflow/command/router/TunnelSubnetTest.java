package io.ispflow.command.router;

import io.ispflow.kernel.InvalidSettingException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
        assertThatThrownBy(() -> TunnelSubnet.parse("10.100.0.5/16")).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_TUNNEL_SUBNET").hasMessageContaining("10.100.0.0/16");
    }

    @Test
    void theSmallestSubnetLeavesFiveRouterAddresses() {
        TunnelSubnet subnet = TunnelSubnet.parse("192.168.7.8/29");

        assertThat(subnet.firstRouterAddress()).hasToString("192.168.7.10");
        assertThat(subnet.lastRouterAddress()).hasToString("192.168.7.14");
    }

    /** The start stops with a message naming the setting, never an ArrayIndexOutOfBounds or NumberFormatException. */
    @ParameterizedTest
    @ValueSource(strings = {"10.100.0.0", "10.100.0.0/", "/16", "", " ", "10.100.0.0/16/8", "10.100.0.0/x", "10.100.0.0/-1",
            "10.100.0.0/+16", "10.100.0.0/016", "10.300.0.0/16", "10.100.0/16", "10.100.0.0.0/16", "010.100.0.0/16",
            "10.100.0.0/33", "10.100.0.0/0", "10.0.0.0/7", "10.100.0.0/30", "10.100.0.0/32", "fd00::/64", "10.100.0.0 /16"})
    void aMalformedSubnetIsRefusedWithAMessageNamingTheSetting(String malformed) {
        assertThatThrownBy(() -> TunnelSubnet.parse(malformed)).isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("ISPFLOW_TUNNEL_SUBNET").hasMessageContaining("10.100.0.0/16");
    }
}
