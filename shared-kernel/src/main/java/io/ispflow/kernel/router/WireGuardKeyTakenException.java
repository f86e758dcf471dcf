package io.ispflow.kernel.router;

import io.ispflow.kernel.DomainException;
import io.ispflow.kernel.ErrorCode;

/** Another active router has this WireGuard key: the server cannot tell two peers with one key apart. */
public class WireGuardKeyTakenException extends DomainException {

    public WireGuardKeyTakenException(WireGuardKey key) {
        super(ErrorCode.WIREGUARD_KEY_TAKEN, "WireGuard public key " + key + " belongs to another router");
    }
}
