package io.ispflow.kernel.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identifies a webhook: an address of the tenant's that is told of what happens. */
public record WebhookId(@JsonValue UUID value) {

    public WebhookId {
        Objects.requireNonNull(value, "webhook id");
    }

    @JsonCreator
    public static WebhookId of(UUID value) {
        return new WebhookId(value);
    }

    public static WebhookId random() {
        return new WebhookId(UUID.randomUUID());
    }

    /** Axon uses this as the aggregate identifier in the event store. */
    @Override
    public String toString() {
        return value.toString();
    }
}
