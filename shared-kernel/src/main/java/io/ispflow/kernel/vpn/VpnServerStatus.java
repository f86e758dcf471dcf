package io.ispflow.kernel.vpn;

/** UP while its agent's heartbeats come; DOWN once silent longer than {@code ispflow.vpn-servers.down-after}. */
public enum VpnServerStatus {
    UP, DOWN
}
