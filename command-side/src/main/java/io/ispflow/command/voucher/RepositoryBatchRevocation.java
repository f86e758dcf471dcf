package io.ispflow.command.voucher;

import io.ispflow.kernel.voucher.VoucherBatchId;
import io.ispflow.kernel.voucher.VoucherId;
import org.axonframework.modelling.command.Repository;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Loads each usable voucher of the batch, as {@link VoucherLives} lists them, into the batch's unit of work, so that
 * every {@code VoucherRevoked} lands in its voucher's own stream and commits with the batch's revocation.
 */
@Component
class RepositoryBatchRevocation implements BatchRevocation {

    private final Repository<Voucher> vouchers;
    private final VoucherLives lives;

    RepositoryBatchRevocation(@Lazy Repository<Voucher> vouchers, VoucherLives lives) {
        this.vouchers = vouchers;
        this.lives = lives;
    }

    @Override
    public void revokeUsable(VoucherBatchId batchId, String reason) {
        for (VoucherId voucher : lives.usableOf(batchId)) {
            vouchers.load(voucher.toString()).execute(usable -> usable.revoke(reason));
        }
        lives.batchEnded(batchId);
    }
}
