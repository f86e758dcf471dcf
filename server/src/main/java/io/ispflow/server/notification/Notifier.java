package io.ispflow.server.notification;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.quota.SubscriberQuotaExhausted;
import io.ispflow.kernel.router.RouterCameOnline;
import io.ispflow.kernel.router.RouterWentOffline;
import io.ispflow.kernel.subscriber.SubscriptionExpired;
import io.ispflow.kernel.subscriber.SubscriptionExpiryNoticed;
import io.ispflow.kernel.vpn.VpnServerCameUp;
import io.ispflow.kernel.vpn.VpnServerWentDown;
import io.ispflow.kernel.webhook.NotificationType;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

/**
 * Turns what the tenants' webhooks ask for into outbox rows, one per webhook, in the transaction that moves the
 * processor's token: handled again after a crash, an event finds its rows and records nothing twice. A replay
 * would tell receivers old news as new, so the processor refuses a reset, and it starts at the head
 * ({@link NotificationProcessing}). The deliverer posts the rows.
 */
@Component
@ProcessingGroup(NotificationProcessing.PROCESSING_GROUP)
@DisallowReplay
class Notifier {

    private final Outbox outbox;

    Notifier(Outbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(RouterWentOffline event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.ROUTER_OFFLINE, "router:" + event.routerId());
    }

    @EventHandler
    void on(RouterCameOnline event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.ROUTER_ONLINE, "router:" + event.routerId());
    }

    @EventHandler
    void on(VpnServerWentDown event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.VPN_SERVER_DOWN, "vpn-server:" + event.vpnServerId());
    }

    @EventHandler
    void on(VpnServerCameUp event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.VPN_SERVER_UP, "vpn-server:" + event.vpnServerId());
    }

    @EventHandler
    void on(SubscriptionExpiryNoticed event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.SUBSCRIPTION_EXPIRING, "subscriber:" + event.subscriberId());
    }

    @EventHandler
    void on(SubscriptionExpired event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.SUBSCRIPTION_EXPIRED, "subscriber:" + event.subscriberId());
    }

    @EventHandler
    void on(SubscriberQuotaExhausted event, EventMessage<?> message) {
        notify(message, event.tenantId(), NotificationType.QUOTA_EXHAUSTED, "subscriber:" + event.subscriberId());
    }

    private void notify(EventMessage<?> message, TenantId tenantId, NotificationType type, String subject) {
        outbox.record(new Notification(message.getIdentifier(), type, message.getTimestamp(), tenantId, subject,
                message.getPayload()));
    }
}
