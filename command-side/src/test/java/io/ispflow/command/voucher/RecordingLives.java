package io.ispflow.command.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The fixture tests' {@link VoucherLives}: remembers what the commands told it. */
class RecordingLives implements VoucherLives {

    final List<VoucherId> issued = new ArrayList<>();
    Instant issuedUntil;
    Instant activeUntil;
    VoucherId ended;

    @Override
    public void issued(VoucherBatchId batchId, TenantId tenantId, List<VoucherId> vouchers, Instant usableUntil) {
        issued.addAll(vouchers);
        issuedUntil = usableUntil;
    }

    @Override
    public void activeUntil(VoucherId voucherId, Instant expiresAt) {
        activeUntil = expiresAt;
    }

    @Override
    public void ended(VoucherId voucherId) {
        ended = voucherId;
    }

    @Override
    public void batchEnded(VoucherBatchId batchId) {
    }

    @Override
    public List<VoucherId> usableOf(VoucherBatchId batchId) {
        return List.of();
    }

    @Override
    public VoucherId withCode(TenantId tenantId, String code) {
        throw new UnsupportedOperationException("no voucher command looks a code up");
    }

    @Override
    public List<Due> dueAt(Instant now, int limit) {
        return List.of();
    }
}
