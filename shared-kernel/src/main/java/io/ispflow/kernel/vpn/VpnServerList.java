package io.ispflow.kernel.vpn;

import java.util.List;

/** One page of the tenant's VPN servers, by host name, in API.md's list shape. */
public record VpnServerList(List<VpnServerView> items, int page, int size, long total) {
}
