package io.ispflow.kernel.router;

import java.util.List;

/** The WireGuard server's peers, by tunnel address. */
public record WireGuardPeers(List<Peer> peers) {

    /** One router's end of the tunnel: its key, and the one address it may send from. */
    public record Peer(String routerId, String name, String publicKey, String tunnelAddress) {
    }
}
