package io.ispflow.kernel.vpn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agent key: a tenant's credential that its VPN servers' agents present in {@code X-API-Key}. */
public record AgentKeyId(@JsonValue UUID value) {

    public AgentKeyId {
        Objects.requireNonNull(value, "AgentKeyId");
    }

    @JsonCreator
    public static AgentKeyId of(UUID value) {
        return new AgentKeyId(value);
    }

    public static AgentKeyId random() {
        return new AgentKeyId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
