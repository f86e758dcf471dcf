package io.ispflow.command.voucher;

import io.ispflow.kernel.voucher.ExpireVoucher;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Turns passed voucher ends (validity after activation, usableUntil before it) into {@code VoucherExpired} events
 * without anyone acting. Ends live in the database, so a restart loses none, and the sweeper reads no events, so a
 * replay sends nothing; several command processes may sweep at once, since a voucher not due ignores the command.
 */
@Component
class VoucherExpirySweeper {

    private static final Logger log = LoggerFactory.getLogger(VoucherExpirySweeper.class);
    private static final int BATCH = 500;

    private final VoucherLives lives;
    private final CommandGateway commands;
    private final Clock clock;

    VoucherExpirySweeper(VoucherLives lives, CommandGateway commands, Clock clock) {
        this.lives = lives;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ispflow.expiry.sweep-interval:30s}", initialDelayString = "${ispflow.expiry.sweep-interval:30s}")
    void sweep() {
        for (VoucherLives.Due due : lives.dueAt(clock.instant(), BATCH)) {
            try {
                commands.sendAndWait(new ExpireVoucher(due.voucherId(), due.tenantId()));
            } catch (RuntimeException e) {
                log.warn("could not expire voucher {}; the next sweep tries again", due.voucherId(), e);
            }
        }
    }
}
