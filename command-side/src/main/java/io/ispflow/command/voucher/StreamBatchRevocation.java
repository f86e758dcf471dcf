package io.ispflow.command.voucher;

import io.ispflow.kernel.TenantId;
import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherRevoked;
import org.springframework.stereotype.Component;

/**
 * Appends a {@code VoucherRevoked} to the stream of each voucher of the batch that {@link VoucherLives} lists as usable
 * (UNUSED or ACTIVE, kept in step with each voucher's own decisions), so that it commits with the batch's revocation.
 * Loading 10,000 vouchers through Axon's repository into one unit of work took longer than a command may
 * ({@link VoucherStreams} says why).
 */
@Component
class StreamBatchRevocation implements BatchRevocation {

    private final VoucherStreams streams;
    private final VoucherLives lives;

    StreamBatchRevocation(VoucherStreams streams, VoucherLives lives) {
        this.streams = streams;
        this.lives = lives;
    }

    @Override
    public void revokeUsable(VoucherBatchId batchId, TenantId tenantId, String reason) {
        streams.append(lives.usableOf(batchId).stream()
                .map(voucher -> new VoucherRevoked(voucher, batchId, tenantId, reason)).toList());
        lives.batchEnded(batchId);
    }
}
