package io.ispflow.kernel.vpn;

/** Where a VPN server's agent says it is; {@code region} may be null. */
public record VpnServerLocation(String countryCode, String country, String region, String city) {
}
