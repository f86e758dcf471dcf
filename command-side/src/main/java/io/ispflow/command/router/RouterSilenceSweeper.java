package io.ispflow.command.router;

import io.ispflow.kernel.router.MarkRouterOffline;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Notices routers silent for {@code ispflow.router-health.offline-after} without anyone asking. Every command
 * process sweeps; each router's {@link MarkRouterOffline} is decided under its row's lock, so however many sweep
 * at once, a silence appends one {@code RouterWentOffline}. Reads no events, so a replay sends nothing.
 */
@Component
class RouterSilenceSweeper {

    private static final Logger log = LoggerFactory.getLogger(RouterSilenceSweeper.class);
    private static final int BATCH = 500;

    private final RouterHealthRows rows;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration offlineAfter;

    RouterSilenceSweeper(RouterHealthRows rows, CommandGateway commands, Clock clock,
                         @Value("${ispflow.router-health.offline-after:4m}") Duration offlineAfter) {
        this.rows = rows;
        this.commands = commands;
        this.clock = clock;
        this.offlineAfter = offlineAfter;
    }

    @Scheduled(fixedDelayString = "${ispflow.router-health.sweep-interval:30s}",
               initialDelayString = "${ispflow.router-health.sweep-interval:30s}")
    void sweep() {
        Instant now = clock.instant();
        Instant silentSince = now.minus(offlineAfter);
        for (RouterHealthRows.Silent silent : rows.silentSince(silentSince, BATCH)) {
            try {
                commands.sendAndWait(new MarkRouterOffline(silent.routerId(), silent.tenantId(), silentSince, now));
            } catch (RuntimeException e) {
                log.warn("could not mark router {} offline; the next sweep tries again", silent.routerId(), e);
            }
        }
    }
}
