package io.ispflow.server.notification;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.webhook.NotificationType;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a webhook is told: {@code id} is the event's identifier (the same for every webhook, so a receiver can
 * drop a repeated delivery), {@code subject} what it is about (deliveries of one subject arrive in order),
 * {@code data} the event's fields.
 */
record Notification(String id, NotificationType type, Instant occurredAt, TenantId tenantId, String subject, Object data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The JSON posted, fields in a fixed order; signed as these exact bytes. */
    String body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("type", type);
        body.put("occurredAt", occurredAt.toString());
        body.put("tenantId", tenantId.value());
        body.put("subject", subject);
        body.put("data", data);
        return JSON.writeValueAsString(body);
    }
}
