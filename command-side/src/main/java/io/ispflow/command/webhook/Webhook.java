package io.ispflow.command.webhook;

import io.ispflow.kernel.InvalidValueException;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.webhook.NotificationType;
import io.ispflow.kernel.webhook.RegisterWebhook;
import io.ispflow.kernel.webhook.RemoveWebhook;
import io.ispflow.kernel.webhook.WebhookId;
import io.ispflow.kernel.webhook.WebhookRegistered;
import io.ispflow.kernel.webhook.WebhookRemoved;
import io.ispflow.kernel.webhook.WebhookTargets;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An address of a tenant's that is told of what happens in its network, by HTTP POST. Its URL must stay off
 * the installation's own network ({@link WebhookTargets}); its secret is sealed with the webhook's own key.
 */
@Aggregate
class Webhook {

    @AggregateIdentifier
    private WebhookId id;
    private TenantId tenantId;
    private boolean removed;

    @CommandHandler
    Webhook(RegisterWebhook cmd, WebhookTargets targets, PersonalDataVault vault) {
        if (cmd.events() == null || cmd.events().isEmpty()) {
            throw new InvalidValueException("events", "a webhook is told of at least one event");
        }
        targets.check(cmd.url());
        List<NotificationType> events = List.copyOf(EnumSet.copyOf(cmd.events()));
        apply(new WebhookRegistered(cmd.webhookId(), cmd.tenantId(), cmd.url(), events,
                vault.seal(cmd.webhookId().value(), cmd.secret().value())));
    }

    /** Removing twice is answered like the first time, and records nothing. */
    @CommandHandler
    void handle(RemoveWebhook cmd) {
        if (!cmd.tenantId().equals(tenantId)) {
            throw new NotFoundException("webhook " + cmd.webhookId());
        }
        if (removed) {
            return;
        }
        apply(new WebhookRemoved(id, tenantId));
    }

    @EventSourcingHandler
    void on(WebhookRegistered e) {
        id = e.webhookId();
        tenantId = e.tenantId();
    }

    @EventSourcingHandler
    void on(WebhookRemoved e) {
        removed = true;
    }

    protected Webhook() {
    }
}
