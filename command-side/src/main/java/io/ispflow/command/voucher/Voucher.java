package io.ispflow.command.voucher;

import io.ispflow.kernel.FreeText;
import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.ActivateVoucher;
import io.ispflow.kernel.voucher.ExpireVoucher;
import io.ispflow.kernel.voucher.RevokeVoucher;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherId;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.kernel.voucher.VoucherStatus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One prepaid code, whose stream its {@link VoucherBatch} starts when it issues it ({@link VoucherStreams}): UNUSED until its first login, then ACTIVE for its validity,
 * then EXPIRED; an operator may revoke it while it is usable. A command that would change nothing, such as a second
 * activation or revoking twice, succeeds without an event.
 */
@Aggregate
class Voucher {

    static final int MAX_REASON = 200;

    @AggregateIdentifier
    private VoucherId id;
    private VoucherBatchId batchId;
    private TenantId tenantId;
    private VoucherStatus status;
    private Duration validity;
    private Instant usableUntil;
    private Instant expiresAt;

    /** The first accepted login starts the validity; a login after the voucher lapsed, or once it ended, starts nothing. */
    @CommandHandler
    void handle(ActivateVoucher cmd, VoucherLives lives) {
        if (status != VoucherStatus.UNUSED || lapsedAt(cmd.firstLoginAt())) {
            return;
        }
        Instant expires = cmd.firstLoginAt().plus(validity);
        lives.activeUntil(id, expires);
        apply(new VoucherActivated(id, batchId, tenantId, cmd.firstLoginAt(), expires));
    }

    @CommandHandler
    void handle(RevokeVoucher cmd, VoucherLives lives) {
        requireTenant(cmd.tenantId());
        String reason = FreeText.requiredLine("reason", cmd.reason(), MAX_REASON);
        if (revoke(reason)) {
            lives.ended(id);
        }
    }

    /** The sweeper's command: quietly does nothing when the voucher is not due, as after an activation or a revocation. */
    @CommandHandler
    void handle(ExpireVoucher cmd, VoucherLives lives, Clock clock) {
        requireTenant(cmd.tenantId());
        Instant now = clock.instant();
        boolean due = status == VoucherStatus.ACTIVE && !now.isBefore(expiresAt)
                || status == VoucherStatus.UNUSED && lapsedAt(now);
        if (due) {
            lives.ended(id);
            apply(new VoucherExpired(id, batchId, tenantId));
        }
    }

    /** Revokes a usable voucher; true when it was usable. A batch's revocation appends its own (StreamBatchRevocation). */
    private boolean revoke(String reason) {
        if (status != VoucherStatus.UNUSED && status != VoucherStatus.ACTIVE) {
            return false;
        }
        apply(new VoucherRevoked(id, batchId, tenantId, reason));
        return true;
    }

    private boolean lapsedAt(Instant when) {
        return usableUntil != null && !when.isBefore(usableUntil);
    }

    /** Another tenant's voucher, or another aggregate's id, is answered like one that does not exist. */
    private void requireTenant(TenantId caller) {
        if (!caller.equals(tenantId)) {
            throw new NotFoundException("voucher " + id);
        }
    }

    @EventSourcingHandler
    void on(VoucherIssued e) {
        id = e.voucherId();
        batchId = e.batchId();
        tenantId = e.tenantId();
        validity = e.validity();
        usableUntil = e.usableUntil();
        status = VoucherStatus.UNUSED;
    }

    @EventSourcingHandler
    void on(VoucherActivated e) {
        expiresAt = e.expiresAt();
        status = VoucherStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(VoucherExpired e) {
        status = VoucherStatus.EXPIRED;
    }

    @EventSourcingHandler
    void on(VoucherRevoked e) {
        status = VoucherStatus.REVOKED;
    }

    protected Voucher() {
    }
}
