package io.ispflow.projection.voucher;

import io.ispflow.kernel.privacy.PersonalDataVault;
import io.ispflow.kernel.voucher.VoucherActivated;
import io.ispflow.kernel.voucher.VoucherBatchIssued;
import io.ispflow.kernel.voucher.VoucherBatchRevoked;
import io.ispflow.kernel.voucher.VoucherCode;
import io.ispflow.kernel.voucher.VoucherExpired;
import io.ispflow.kernel.voucher.VoucherIssued;
import io.ispflow.kernel.voucher.VoucherRevoked;
import io.ispflow.kernel.voucher.VoucherStatus;
import io.ispflow.projection.ProjectionsConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps the voucher batches and their vouchers, each voucher's code opened with its batch's key. A batch's row is
 * written at once (batches are few); its vouchers are written when the processor's batch commits
 * ({@link VoucherRowChanges}), in its transaction with the token. Every write sets what the event says, so a
 * replayed event leaves the rows as they were.
 */
@Component
@ProcessingGroup(ProjectionsConfiguration.PROCESSING_GROUP)
class VoucherProjector {

    private final JdbcTemplate jdbc;
    private final PersonalDataVault vault;

    VoucherProjector(JdbcTemplate jdbc, PersonalDataVault vault) {
        this.jdbc = jdbc;
        this.vault = vault;
    }

    @EventHandler
    void on(VoucherBatchIssued e, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO voucher_batch_view (id, tenant_id, package_id, count, prefix, validity_seconds, price, usable_until,
                                                created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET tenant_id = excluded.tenant_id, package_id = excluded.package_id,
                    count = excluded.count, prefix = excluded.prefix, validity_seconds = excluded.validity_seconds,
                    price = excluded.price, usable_until = excluded.usable_until, created_at = excluded.created_at,
                    revoked_at = NULL""",
                e.batchId().value(), e.tenantId().value(), e.packageId().value(), e.count(), e.prefix(),
                e.validity().toSeconds(), e.price(), VoucherTime.utc(e.usableUntil()), VoucherTime.utc(at));
    }

    @EventHandler
    void on(VoucherBatchRevoked e, @Timestamp Instant at) {
        if (jdbc.update("UPDATE voucher_batch_view SET revoked_at = ? WHERE id = ?", VoucherTime.utc(at), e.batchId().value()) == 0) {
            throw new IllegalStateException("voucher batch " + e.batchId() + " has events but no row");
        }
    }

    /** A code whose batch's key is gone (never, for now: batches are not forgotten) is listed without it. */
    @EventHandler
    void on(VoucherIssued e) {
        String code = vault.open(e.batchId().value(), e.code(), VoucherCode.class).map(VoucherCode::value).orElse(null);
        rows().insert(new VoucherRowChanges.NewVoucher(e.voucherId().value(), e.batchId().value(), e.tenantId().value(),
                e.number(), code, e.usableUntil()));
    }

    @EventHandler
    void on(VoucherActivated e) {
        VoucherRowChanges.Change change = rows().change(e.voucherId().value());
        change.status = VoucherStatus.ACTIVE;
        change.activatedAt = e.activatedAt();
        change.expiresAt = e.expiresAt();
    }

    @EventHandler
    void on(VoucherExpired e) {
        rows().change(e.voucherId().value()).status = VoucherStatus.EXPIRED;
    }

    @EventHandler
    void on(VoucherRevoked e) {
        rows().change(e.voucherId().value()).status = VoucherStatus.REVOKED;
    }

    /** A replay rebuilds both lists from the first event; the counts follow by their triggers. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM voucher_view");
        jdbc.update("DELETE FROM voucher_batch_view");
    }

    /** The changes of the unit of work being handled (a batch, or one event on its own), written when it commits. */
    private VoucherRowChanges rows() {
        if (!CurrentUnitOfWork.isStarted()) {
            throw new IllegalStateException("vouchers are projected in a unit of work, whose commit writes them");
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get();
        return batch.getOrComputeResource(VoucherRowChanges.class.getName(), key -> {
            VoucherRowChanges rows = new VoucherRowChanges(jdbc);
            batch.onPrepareCommit(committing -> rows.write());
            return rows;
        });
    }
}
