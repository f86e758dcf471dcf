package io.ispflow.server.notification;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.privacy.SealedValue;
import io.ispflow.kernel.webhook.WebhookTargets;
import io.ispflow.kernel.webhook.WebhookUrl;
import io.ispflow.kernel.webhook.WebhookUrlRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts the deliveries due, in every process, every {@code poll-interval}: each claims one row at a time (FOR
 * UPDATE SKIP LOCKED) and holds it while it posts, so two processes never post one delivery at once and a
 * subject's next delivery waits until the one before it is delivered or given up. A failure is tried again after a pause that doubles each time, up to
 * {@code longest-retry}, {@code max-attempts} times in all. The URL is checked again before each post: a name may
 * resolve elsewhere than when it was registered (DNS rebinding).
 */
@Component
class Deliverer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Deliverer.class);

    private final Outbox outbox;
    private final WebhookPoster poster;
    private final WebhookTargets targets;
    private final PersonalDataVault vault;
    private final WebhookSettings settings;
    private final TransactionTemplate transactions;
    private ScheduledExecutorService thread;

    Deliverer(Outbox outbox, WebhookPoster poster, WebhookTargets targets, PersonalDataVault vault, WebhookSettings settings,
              PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.poster = poster;
        this.targets = targets;
        this.vault = vault;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** A thread of its own: a slow receiver must not hold up the scheduler that other sweepers share. */
    @Override
    public synchronized void start() {
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread deliverer = new Thread(runnable, "webhook-deliverer");
            deliverer.setDaemon(true);
            return deliverer;
        });
        long poll = settings.pollInterval().toMillis();
        thread.scheduleWithFixedDelay(this::deliverDue, poll, poll, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        thread.shutdownNow();
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    void deliverDue() {
        try {
            while (Boolean.TRUE.equals(transactions.execute(status -> deliverNext()))) {
                // one delivery a transaction, until none is due
            }
        } catch (RuntimeException e) {
            // the database away, say: the next poll tries again, and an uncaught exception would end the polling
            log.warn("delivering webhooks failed; trying again in {}", settings.pollInterval(), e);
        }
    }

    private boolean deliverNext() {
        Optional<Outbox.Due> next = outbox.claimNext(Instant.now());
        next.ifPresent(this::attempt);
        return next.isPresent();
    }

    private void attempt(Outbox.Due due) {
        WebhookPoster.Answer answer;
        try {
            WebhookUrl url = WebhookUrl.of(due.url());
            targets.check(url);
            String secret = vault.open(due.webhookId(), SealedValue.of(due.sealedSecret()), String.class)
                    .orElseThrow(() -> new IllegalStateException("webhook " + due.webhookId() + " has no key"));
            answer = poster.post(url.uri(), due.body(), WebhookSignature.of(secret, due.body()), Long.toString(due.id()));
        } catch (WebhookUrlRefusedException e) {
            answer = new WebhookPoster.Answer(null, "refused: " + e.getMessage());
        } catch (RuntimeException e) {
            // recorded as a failed attempt: thrown, it would roll back and block every delivery behind this one
            log.warn("could not prepare webhook delivery {}", due.id(), e);
            answer = new WebhookPoster.Answer(null, "not sent: " + e.getClass().getSimpleName());
        }
        Instant now = Instant.now();
        if (answer.delivered()) {
            outbox.delivered(due, answer.status(), now);
            return;
        }
        int attempts = due.attempts() + 1;
        outbox.failed(due, answer.status(), answer.error(), now.plus(settings.retryAfter(attempts)),
                attempts >= settings.maxAttempts(), now);
    }
}
