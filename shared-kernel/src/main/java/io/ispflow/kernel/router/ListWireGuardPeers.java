package io.ispflow.kernel.router;

/**
 * Answers {@link WireGuardPeers}: every active router with a WireGuard key, of every tenant, since the
 * tunnel subnet and its WireGuard server are the installation's.
 */
public record ListWireGuardPeers() {
}
