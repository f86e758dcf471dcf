package io.ispflow.command.subscriber;

import io.ispflow.kernel.subscriber.ExpireSubscription;
import io.ispflow.kernel.subscriber.NoticeSubscriptionExpiry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * Turns passed subscription ends into {@code SubscriptionExpired} events without anyone acting, and ends
 * coming within {@code ispflow.expiry.expiring-notice-days} into one {@code SubscriptionExpiryNoticed} each.
 * Ends live in the database, so a restart loses none; several command processes may sweep at
 * once, since an expired or renewed subscriber ignores the command.
 */
@Component
class ExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweeper.class);
    private static final int BATCH = 500;

    private final SubscriptionEnds ends;
    private final CommandGateway commands;
    private final Clock clock;

    private final Duration notice;

    ExpirySweeper(SubscriptionEnds ends, CommandGateway commands, Clock clock,
                  @Value("${ispflow.expiry.expiring-notice-days:3}") int noticeDays) {
        this.ends = ends;
        this.commands = commands;
        this.clock = clock;
        this.notice = Duration.ofDays(noticeDays);
    }

    @Scheduled(fixedDelayString = "${ispflow.expiry.sweep-interval:30s}", initialDelayString = "${ispflow.expiry.sweep-interval:30s}")
    void sweep() {
        for (SubscriptionEnds.Due due : ends.dueAt(clock.instant(), BATCH)) {
            try {
                commands.sendAndWait(new ExpireSubscription(due.subscriberId(), due.tenantId()));
            } catch (RuntimeException e) {
                log.warn("could not expire subscriber {}; the next sweep tries again", due.subscriberId(), e);
            }
        }
        for (SubscriptionEnds.Due due : ends.expiringAt(clock.instant(), notice, BATCH)) {
            try {
                commands.sendAndWait(new NoticeSubscriptionExpiry(due.subscriberId(), due.tenantId(), notice));
            } catch (RuntimeException e) {
                log.warn("could not notice the coming end of subscriber {}; the next sweep tries again", due.subscriberId(), e);
            }
        }
    }
}
