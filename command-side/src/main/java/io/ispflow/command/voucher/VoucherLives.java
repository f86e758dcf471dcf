package io.ispflow.command.voucher;

import io.ispflow.kernel.NotFoundException;
import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherId;

import java.time.Instant;
import java.util.List;

/**
 * What voucher commands need to know without opening events: each voucher's tenant and batch, whether it is still
 * usable, and when it is due to expire. Written by the commands that decide, inside their transaction.
 */
interface VoucherLives {

    record Due(VoucherId voucherId, TenantId tenantId) {
    }

    /** A new batch's vouchers, usable and, when {@code usableUntil} is set, due then. */
    void issued(VoucherBatchId batchId, TenantId tenantId, List<VoucherId> vouchers, Instant usableUntil);

    void activeUntil(VoucherId voucherId, Instant expiresAt);

    /** Expired or revoked: no longer usable, nothing due. */
    void ended(VoucherId voucherId);

    /** Every voucher of the batch ended at once, as its revocation does. */
    void batchEnded(VoucherBatchId batchId);

    /** The batch's vouchers still UNUSED or ACTIVE. */
    List<VoucherId> usableOf(VoucherBatchId batchId);

    /**
     * The tenant's voucher with this code, as an operator typed it.
     *
     * @throws NotFoundException for another tenant's code, a code nobody has and one that cannot be a code alike
     */
    VoucherId withCode(TenantId tenantId, String code);

    /** Usable vouchers whose end has passed, oldest first. */
    List<Due> dueAt(Instant now, int limit);
}
