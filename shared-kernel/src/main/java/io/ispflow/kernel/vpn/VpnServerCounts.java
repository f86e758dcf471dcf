package io.ispflow.kernel.vpn;

public record VpnServerCounts(long up, long down) {
}
