package io.ispflow.command.vpn;

import io.ispflow.kernel.vpn.MarkVpnServerDown;
import io.ispflow.kernel.vpn.RemoveVpnServer;
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
 * Marks servers silent for {@code ispflow.vpn-servers.down-after} DOWN, and forgets those silent for
 * {@code forget-after} unless static. It runs in every command process: each server is taken by one conditional
 * update (rows another process holds are skipped), so each VpnServerWentDown and VpnServerRemoved is sent once.
 */
@Component
class VpnServerSweeper {

    private static final Logger log = LoggerFactory.getLogger(VpnServerSweeper.class);
    private static final int BATCH = 500;

    private final VpnServerRecords records;
    private final CommandGateway commands;
    private final Clock clock;
    private final Duration downAfter;
    private final Duration forgetAfter;

    VpnServerSweeper(VpnServerRecords records, CommandGateway commands, Clock clock,
                     @Value("${ispflow.vpn-servers.down-after:4m}") Duration downAfter,
                     @Value("${ispflow.vpn-servers.forget-after:30d}") Duration forgetAfter) {
        this.records = records;
        this.commands = commands;
        this.clock = clock;
        this.downAfter = downAfter;
        this.forgetAfter = forgetAfter;
    }

    @Scheduled(fixedDelayString = "${ispflow.vpn-servers.sweep-interval:30s}",
               initialDelayString = "${ispflow.vpn-servers.sweep-interval:30s}")
    void sweep() {
        Instant now = clock.instant();
        for (VpnServerRecords.Touched silent : records.markDown(now.minus(downAfter), BATCH)) {
            try {
                commands.sendAndWait(new MarkVpnServerDown(silent.vpnServerId(), silent.tenantId(), silent.lastHeartbeatAt()));
            } catch (RuntimeException e) {
                records.undoDown(silent.vpnServerId());
                log.warn("could not mark VPN server {} DOWN; the next sweep tries again", silent.vpnServerId(), e);
            }
        }
        for (VpnServerRecords.Touched forgotten : records.forget(now.minus(forgetAfter), BATCH)) {
            try {
                commands.sendAndWait(new RemoveVpnServer(forgotten.vpnServerId(), forgotten.tenantId(), forgotten.lastHeartbeatAt()));
            } catch (RuntimeException e) {
                // the row is gone already: the server's address registers anew if its agent speaks again
                log.warn("could not record the removal of VPN server {}", forgotten.vpnServerId(), e);
            }
        }
    }
}
