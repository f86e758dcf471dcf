package io.ispflow.query.webhook;

import io.ispflow.kernel.Actor;
import io.ispflow.kernel.PageRequest;
import io.ispflow.kernel.webhook.FindWebhook;
import io.ispflow.kernel.webhook.ListWebhookDeliveries;
import io.ispflow.kernel.webhook.ListWebhooks;
import io.ispflow.kernel.webhook.WebhookDeliveries;
import io.ispflow.kernel.webhook.WebhookId;
import io.ispflow.kernel.webhook.WebhookList;
import io.ispflow.kernel.webhook.WebhookView;
import io.ispflow.query.Answers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Webhook reads of API.md: the tenant's webhooks (never their secrets) and each one's delivery log, newest first. */
@RestController
@RequestMapping("/api/v1/webhooks")
class WebhookQueryController {

    private final Answers answers;

    WebhookQueryController(Answers answers) {
        this.answers = answers;
    }

    @GetMapping
    WebhookList list(Actor actor, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return answers.list(new ListWebhooks(actor.tenantId(), new PageRequest(page, size)), WebhookList.class);
    }

    @GetMapping("/{id}")
    WebhookView one(Actor actor, @PathVariable UUID id) {
        return answers.one(new FindWebhook(actor.tenantId(), WebhookId.of(id)), WebhookView.class, "webhook " + id);
    }

    @GetMapping("/{id}/deliveries")
    WebhookDeliveries deliveries(Actor actor, @PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        return answers.one(new ListWebhookDeliveries(actor.tenantId(), WebhookId.of(id), new PageRequest(page, size)),
                WebhookDeliveries.class, "webhook " + id);
    }
}
