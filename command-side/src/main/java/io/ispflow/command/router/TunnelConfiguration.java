package io.ispflow.command.router;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routers' WireGuard tunnel as configured: {@code ispflow.tunnel.subnet}, and the RADIUS
 * server's end of it ({@code ispflow.radius-server.tunnel-address}, {@code ispflow.wireguard.endpoint},
 * {@code ispflow.wireguard.public-key}), with the RADIUS ports inside it ({@code ispflow.radius-server.*-port}),
 * and where routers reach ispflow's API ({@code ispflow.public-url}).
 * A malformed value stops the start, naming its property.
 */
@Configuration(proxyBeanMethods = false)
class TunnelConfiguration {

    @Bean
    TunnelSubnet tunnelSubnet(@Value("${ispflow.tunnel.subnet:10.100.0.0/16}") String subnet) {
        return TunnelSubnet.parse(subnet);
    }

    @Bean
    RadiusServerPeer radiusServerPeer(TunnelSubnet subnet,
                                      @Value("${ispflow.radius-server.tunnel-address:}") String tunnelAddress,
                                      @Value("${ispflow.wireguard.endpoint:}") String endpoint,
                                      @Value("${ispflow.wireguard.public-key:}") String publicKey) {
        return RadiusServerPeer.configure(subnet, tunnelAddress, endpoint, publicKey);
    }

    @Bean
    RadiusPorts radiusPorts(@Value("${ispflow.radius-server.auth-port:1812}") String authentication,
                            @Value("${ispflow.radius-server.accounting-port:1813}") String accounting,
                            @Value("${ispflow.radius-server.coa-port:3799}") String coa) {
        return RadiusPorts.configure(authentication, accounting, coa);
    }

    @Bean
    PublicUrl publicUrl(@Value("${ispflow.public-url:}") String url) {
        return PublicUrl.configure(url);
    }
}
