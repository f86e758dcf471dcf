package io.ispflow.kernel.webhook;

/**
 * What a webhook can be told, the {@code type} of each delivery. The billing ones are accepted today and
 * fire once billing records its events.
 */
public enum NotificationType {
    VPN_SERVER_DOWN,
    VPN_SERVER_UP,
    ROUTER_OFFLINE,
    ROUTER_ONLINE,
    SUBSCRIPTION_EXPIRING,
    SUBSCRIPTION_EXPIRED,
    QUOTA_EXHAUSTED,
    INVOICE_ISSUED,
    INVOICE_OVERDUE,
    PAYMENT_RECEIVED
}
