package io.ispflow.kernel.vpn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a VPN server: a WireGuard concentrator that routers connect to, watched through its agent. */
public record VpnServerId(@JsonValue UUID value) {

    public VpnServerId {
        Objects.requireNonNull(value, "VpnServerId");
    }

    @JsonCreator
    public static VpnServerId of(UUID value) {
        return new VpnServerId(value);
    }

    public static VpnServerId random() {
        return new VpnServerId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
